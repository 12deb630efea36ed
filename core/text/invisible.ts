// Invisible characters — zero-width spaces and joiners, bidi embeddings and overrides, BOMs, NUL —
// appear in pasted and scraped pages (and in hostile ones) inside words: 地区生产\u200b总值. They are
// taken out before reading (core/text/clean.ts), and every span found in the cleaned text is mapped
// back to the input, so `text` stays an exact slice of what the page says.

// eslint-disable-next-line no-control-regex -- NUL is one of the invisible characters
export const INVISIBLE = /[\u0000\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
