// The stand-in `speechSynthesis` of the read-aloud tests: Chromium on Debian
// has no voices. It lists the voices a test gives and records what it is
// asked to speak (`window.spoken`) and the other calls (`window.speechCalls`).
// A test may replace `speak`; the empty utterances read aloud primes the
// synthesis with (`platform::speech_prime`) never reach it, they are counted
// in `window.primed`.

/**
 * Installs the stand-in with `voices` ([lang, name]) before the page's scripts.
 * `ios`: as Safari on iOS, what the page asks to speak outside a tap is
 * dropped (counted in `window.dropped`) until it has spoken during one.
 */
export async function standIn(page, voices, { ios = false } = {}) {
  await page.addInitScript(([list, ios]) => {
    window.spoken = [];
    window.speechCalls = [];
    window.primed = 0;
    window.dropped = 0;
    class Utterance {
      constructor(text) { this.text = text; }
    }
    let tapping = false;
    let unlocked = false;
    if (ios) {
      addEventListener('click', () => { tapping = true; setTimeout(() => { tapping = false; }); }, true);
    }
    let speak = (u) => {
      window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      setTimeout(() => u.onend?.(), 5);
    };
    const synthesis = {
      getVoices: () => list.map(([lang, name]) => ({ lang, name, localService: true, default: false, voiceURI: name })),
      get speak() {
        return (u) => {
          if (ios && tapping) unlocked = true;
          if (ios && !unlocked) window.dropped++;
          else if (u.text === '') window.primed++;
          else speak(u);
        };
      },
      set speak(replacement) { speak = replacement; },
      pause() { window.speechCalls.push('pause'); },
      resume() { window.speechCalls.push('resume'); },
      cancel() { window.speechCalls.push('cancel'); },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
  }, [voices, ios]);
}

export const VOICES = [['de-DE', 'Anna'], ['en-US', 'Samantha'], ['ar-SA', 'Maged'], ['uk-UA', 'Lesya']];
