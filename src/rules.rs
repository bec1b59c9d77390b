//! Tunables: word lists, weights and thresholds, together and explained.
