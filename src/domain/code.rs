//! Client codes: what a walk-in client writes down to come back to their session.
//!
//! A code is eleven random characters and one check character from an alphabet of
//! 31 symbols without look-alikes (no 0/O, 1/I/L), written in groups of three:
//! `K7M-4QX-9TP-H2C`. Eleven random symbols carry 11 × log2(31) ≈ 54.5 bits.
//! The check character makes the weighted sum of all twelve symbols divisible by 31;
//! because 31 is prime and the weights 1..=12 are distinct and non-zero modulo 31,
//! every single wrong character and every swap of two neighbours is detected.

use std::fmt;

/// The symbols a code is written with, in the order that gives each its value.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

const MODULUS: u32 = ALPHABET.len() as u32;
const RANDOM_LEN: usize = 11;
/// Number of symbols in a code, check character included.
pub const CODE_LEN: usize = RANDOM_LEN + 1;

/// A valid client code (its check character verified).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ClientCode([u8; CODE_LEN]);

/// Why a typed code was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Too few or too many symbols.
    #[error("a code has {CODE_LEN} characters")]
    WrongLength,
    /// A character that never occurs in a code (such as O, I, L, 0 or 1).
    #[error("a code never contains this character: {}", .0.escape_debug())]
    ForeignCharacter(char),
    /// Every character is possible but the check character does not match: a typo.
    #[error("the code has a typing mistake")]
    Mistyped,
}

/// Why a fresh code could not be made.
#[derive(Debug, thiserror::Error)]
#[error("the operating system gave no randomness: {0}")]
pub struct NoRandomness(String);

fn value_of(symbol: u8) -> Option<u32> {
    ALPHABET.iter().position(|&s| s == symbol).map(|p| p as u32)
}

fn weighted_sum(symbols: &[u8]) -> u32 {
    symbols
        .iter()
        .enumerate()
        .map(|(i, &s)| (i as u32 + 1) * value_of(s).unwrap_or(0))
        .sum::<u32>()
        % MODULUS
}

/// The check symbol that makes the weighted sum of the whole code divisible by 31.
fn check_symbol(random: &[u8]) -> u8 {
    let partial = weighted_sum(random);
    let weight = CODE_LEN as u32;
    // weight * check ≡ -partial (mod 31); 31 is prime, so try the 31 candidates.
    let wanted = (MODULUS - partial) % MODULUS;
    let check = (0..MODULUS)
        .find(|c| (weight * c) % MODULUS == wanted)
        .unwrap_or(0);
    ALPHABET[check as usize]
}

impl ClientCode {
    /// A new code from the operating system's randomness.
    pub fn generate() -> Result<Self, NoRandomness> {
        let mut symbols = [0u8; CODE_LEN];
        let mut filled = 0;
        let mut pool = [0u8; 32];
        while filled < RANDOM_LEN {
            getrandom::fill(&mut pool).map_err(|e| NoRandomness(e.to_string()))?;
            // Rejection sampling: 248 = 8 × 31, so bytes below it map uniformly.
            for &byte in pool.iter().filter(|&&b| b < 248) {
                if filled == RANDOM_LEN {
                    break;
                }
                symbols[filled] = ALPHABET[(byte % 31) as usize];
                filled += 1;
            }
        }
        symbols[RANDOM_LEN] = check_symbol(&symbols[..RANDOM_LEN]);
        Ok(Self(symbols))
    }

    /// The code whose first eleven symbols are `random` (completed with its check
    /// character); `None` unless `random` is eleven symbols of the alphabet.
    /// For fixed codes in tests, examples and seeded benchmark data.
    pub fn from_random_part(random: &str) -> Option<Self> {
        let bytes = random.as_bytes();
        if bytes.len() != RANDOM_LEN || bytes.iter().any(|&b| value_of(b).is_none()) {
            return None;
        }
        let mut symbols = [0u8; CODE_LEN];
        symbols[..RANDOM_LEN].copy_from_slice(bytes);
        symbols[RANDOM_LEN] = check_symbol(bytes);
        Some(Self(symbols))
    }

    /// Reads a code as a person typed it: any case, with or without dashes or spaces.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        let mut symbols = Vec::with_capacity(CODE_LEN);
        for c in typed.chars() {
            if c == '-' || c == '–' || c == '.' || c.is_whitespace() {
                continue;
            }
            let upper = c.to_ascii_uppercase();
            if !upper.is_ascii() || value_of(upper as u8).is_none() {
                return Err(CodeError::ForeignCharacter(c));
            }
            symbols.push(upper as u8);
        }
        let symbols: [u8; CODE_LEN] = symbols.try_into().map_err(|_| CodeError::WrongLength)?;
        if weighted_sum(&symbols) != 0 {
            return Err(CodeError::Mistyped);
        }
        Ok(Self(symbols))
    }

    /// The code as stored: twelve symbols, no dashes.
    pub fn compact(&self) -> String {
        self.0.iter().map(|&b| b as char).collect()
    }
}

impl fmt::Display for ClientCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, group) in self.0.chunks(3).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            for &b in group {
                write!(f, "{}", b as char)?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for ClientCode {
    // Codes are secrets of a kind: keep them out of debug output and logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClientCode(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_valid_grouped_and_distinct() {
        let a = ClientCode::generate().unwrap();
        let b = ClientCode::generate().unwrap();
        assert_ne!(a, b);
        let shown = a.to_string();
        assert_eq!(shown.len(), 15);
        assert_eq!(shown.matches('-').count(), 3);
        assert_eq!(ClientCode::parse(&shown).unwrap(), a);
        assert!(!shown.contains(['0', 'O', '1', 'I', 'L']));
    }

    #[test]
    fn carries_more_than_fifty_bits() {
        let bits = RANDOM_LEN as f64 * (ALPHABET.len() as f64).log2();
        assert!(bits > 50.0, "{bits}");
    }

    #[test]
    fn typing_is_forgiving() {
        let code = ClientCode::generate().unwrap();
        let loose = code.compact().to_lowercase();
        let spaced = format!(" {} {} ", &loose[..6], &loose[6..]);
        assert_eq!(ClientCode::parse(&spaced).unwrap(), code);
    }

    #[test]
    fn every_single_substitution_is_caught() {
        for _ in 0..50 {
            let code = ClientCode::generate().unwrap().compact().into_bytes();
            for pos in 0..CODE_LEN {
                for &other in ALPHABET.iter().filter(|&&s| s != code[pos]) {
                    let mut typo = code.clone();
                    typo[pos] = other;
                    let typed = String::from_utf8(typo).unwrap();
                    assert_eq!(ClientCode::parse(&typed), Err(CodeError::Mistyped));
                }
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught() {
        for _ in 0..200 {
            let code = ClientCode::generate().unwrap().compact().into_bytes();
            for pos in 0..CODE_LEN - 1 {
                if code[pos] == code[pos + 1] {
                    continue;
                }
                let mut swapped = code.clone();
                swapped.swap(pos, pos + 1);
                let typed = String::from_utf8(swapped).unwrap();
                assert_eq!(ClientCode::parse(&typed), Err(CodeError::Mistyped));
            }
        }
    }

    #[test]
    fn fixed_codes_get_their_check_character() {
        let code = ClientCode::from_random_part("K7M4QX9TPH2").unwrap();
        assert_eq!(ClientCode::parse(&code.to_string()).unwrap(), code);
        assert!(ClientCode::from_random_part("K7M4QX9TPH").is_none());
        assert!(ClientCode::from_random_part("K7M4QX9TPHO").is_none());
    }

    #[test]
    fn wrong_length_and_foreign_characters_are_named() {
        assert_eq!(ClientCode::parse("K7M-4QX"), Err(CodeError::WrongLength));
        assert_eq!(
            ClientCode::parse("K7M-4QX-9TP-H2O"),
            Err(CodeError::ForeignCharacter('O'))
        );
        assert_eq!(ClientCode::parse(""), Err(CodeError::WrongLength));
    }
}
