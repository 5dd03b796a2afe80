// The stand-in `speechSynthesis` of the read-aloud tests: Chromium on Debian
// has no voices. It lists the voices a test gives and records what it is
// asked to speak (`window.spoken`) and the other calls (`window.speechCalls`).

/** Installs the stand-in with `voices` ([lang, name]) before the page's scripts. */
export async function standIn(page, voices) {
  await page.addInitScript((list) => {
    window.spoken = [];
    window.speechCalls = [];
    class Utterance {
      constructor(text) { this.text = text; }
    }
    const synthesis = {
      getVoices: () => list.map(([lang, name]) => ({ lang, name, localService: true, default: false, voiceURI: name })),
      speak(u) {
        window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
        setTimeout(() => u.onend?.(), 5);
      },
      pause() { window.speechCalls.push('pause'); },
      resume() { window.speechCalls.push('resume'); },
      cancel() { window.speechCalls.push('cancel'); },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
  }, voices);
}

export const VOICES = [['de-DE', 'Anna'], ['en-US', 'Samantha'], ['ar-SA', 'Maged'], ['uk-UA', 'Lesya']];
