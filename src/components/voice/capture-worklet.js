/**
 * An AudioWorklet that hands the microphone's samples to the page, chunk by chunk (128 samples at a time). A file
 * of its own, served from the page's origin: the page's Content-Security-Policy (script-src 'self') refuses a
 * worklet made from a blob: URL.
 */
registerProcessor(
  'voice-capture',
  class extends AudioWorkletProcessor {
    process(inputs) {
      const channel = inputs[0] && inputs[0][0];
      if (channel) this.port.postMessage(channel.slice(0));
      return true;
    }
  },
);
