// Input limits the dashboard checks before uploading (the server enforces the same ones from config.yaml).

/** Longest journal entry (config text.maxChars). */
export const MAX_TEXT_CHARS = 10_000;
/** Longest recording (config voice.maxDurationSec). */
export const MAX_VOICE_SEC = 120;
