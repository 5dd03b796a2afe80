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
 * `late`: how many of the first questions for the voices get an empty list,
 * as Chrome answers before it has loaded them.
 * `held`: it speaks until stopped (`window.queued()` counts what it holds),
 * and reports what a stop drops 5 ms later, with `end` (`held: 'end'`) or
 * an "interrupted" `error` (`held: 'interrupted'`).
 */
export async function standIn(page, voices, { ios = false, late = 0, held = null } = {}) {
  await page.addInitScript(([list, ios, late, held]) => {
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
    let queue = [];
    window.queued = () => queue.length;
    let speak = (u) => {
      window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      if (held) queue.push(u);
      else setTimeout(() => u.onend?.(), 5);
    };
    const synthesis = {
      getVoices: () => (late-- > 0 ? [] : list).map(([lang, name]) => ({ lang, name, localService: true, default: false, voiceURI: name })),
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
      cancel() {
        window.speechCalls.push('cancel');
        const dropped = queue.splice(0);
        const report = (u) => (held === 'end' ? u.onend?.() : u.onerror?.({ error: 'interrupted' }));
        setTimeout(() => dropped.forEach(report), 5);
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
  }, [voices, ios, late, held]);
}

export const VOICES = [['de-DE', 'Anna'], ['en-US', 'Samantha'], ['ar-SA', 'Maged'], ['uk-UA', 'Lesya']];
