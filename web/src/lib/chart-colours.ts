// Chart colours (also used in CSS variables) chosen to stay distinguishable for common colour-vision deficiencies.

export const RISK_COLOURS = { low: '#1b7f5a', moderate: '#b8860b', high: '#c0392b', unclear: '#8a8f98' } as const;
export const SELF_REPORT_COLOURS = { energy: '#2166ac', stress: '#b2182b', work: '#5e5e5e' } as const;
export const TREND_COLOURS = { improving: '#1b7f5a', stable: '#5e5e5e', worsening: '#c0392b', insufficient_history: '#9e9e9e' } as const;
