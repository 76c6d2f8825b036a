//! Argon2id in PHC strings, computed in one block buffer that each hashing thread keeps.
//!
//! `Argon2::hash_password` allocates the whole memory cost on every call and frees it after.
//! The allocator keeps such freed blocks (glibc per thread arena), so a burst of registrations
//! left hundreds of megabytes resident. Here each thread allocates its buffer once and every
//! later hash or verification reuses it: resident memory is one buffer per hashing thread.

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::cell::RefCell;

/// Memory cost in KiB. OWASP lists five Argon2id settings as equally strong (m=47104/t=1,
/// 19456/2, 12288/3, 9216/4, 7168/5, all p=1); this is the one with the least memory, so that
/// concurrent hashes keep the server small. The time cost makes up for the memory.
pub const MEMORY_KIB: u32 = 7_168;
/// Passes over the memory.
pub const TIME_COST: u32 = 5;
/// Lanes.
pub const PARALLELISM: u32 = 1;
const OUTPUT_LEN: usize = 32;

thread_local! {
    static BLOCKS: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Today's parameters.
pub fn current_params() -> Params {
    Params::new(MEMORY_KIB, TIME_COST, PARALLELISM, Some(OUTPUT_LEN)).expect("valid Argon2 parameters")
}

/// Why a hash could not be computed (never expected with today's fixed parameters).
#[derive(Debug, thiserror::Error)]
pub enum Argon2Error {
    #[error("argon2")]
    Argon2(#[from] argon2::Error),
    #[error("PHC string")]
    Phc(#[from] argon2::password_hash::Error),
}

/// Hashes `password` with a fresh salt and today's parameters into a PHC string.
pub fn hash(password: &[u8]) -> Result<String, Argon2Error> {
    let salt = SaltString::generate(&mut OsRng);
    let params = current_params();
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut salt_bytes)?;
    let output = compute(Algorithm::Argon2id, Version::V0x13, &params, password, raw_salt)?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(phc.to_string())
}

/// True when `password` matches the stored PHC string (any Argon2 variant and parameters).
/// A malformed stored string never matches.
pub fn verify(password: &[u8], stored: &str) -> bool {
    let Ok(phc) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (phc.salt, phc.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) = (Algorithm::try_from(phc.algorithm), Params::try_from(&phc)) else {
        return false;
    };
    let Ok(version) = phc.version.map_or(Ok(Version::V0x13), Version::try_from) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    // `Output`'s equality is constant-time.
    compute(algorithm, version, &params, password, raw_salt).is_ok_and(|output| output == expected)
}

fn compute(
    algorithm: Algorithm,
    version: Version,
    params: &Params,
    password: &[u8],
    salt: &[u8],
) -> Result<Output, Argon2Error> {
    let hasher = Argon2::new(algorithm, version, params.clone());
    let out_len = params.output_len().unwrap_or(OUTPUT_LEN);
    with_blocks(params.block_count(), |blocks| {
        Ok(Output::init_with(out_len, |out| {
            hasher.hash_password_into_with_memory(password, salt, out, blocks).map_err(Into::into)
        })?)
    })
}

/// Lends this thread's buffer. A hash stored with a larger memory cost than today's gets a
/// buffer of its own, so one old hash cannot grow every thread's memory for good.
fn with_blocks<T>(count: usize, task: impl FnOnce(&mut [Block]) -> T) -> T {
    if count > current_params().block_count() {
        return task(&mut vec![Block::default(); count]);
    }
    BLOCKS.with_borrow_mut(|blocks| {
        if blocks.len() < count {
            blocks.resize(count, Block::default());
        }
        task(&mut blocks[..count])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn hashes_are_phc_strings_that_the_reference_implementation_verifies() {
        let stored = hash(b"s3cret-Passw0rd").unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"), "{stored}");
        let phc = PasswordHash::new(&stored).unwrap();
        let reference = Argon2::new(Algorithm::Argon2id, Version::V0x13, current_params());
        assert!(reference.verify_password(b"s3cret-Passw0rd", &phc).is_ok());
        assert!(reference.verify_password(b"s3cret-passw0rd", &phc).is_err());
    }

    #[test]
    fn verifies_hashes_made_elsewhere_with_other_parameters() {
        let salt = SaltString::generate(&mut OsRng);
        for (algorithm, m, t) in [(Algorithm::Argon2id, 19_456, 2), (Algorithm::Argon2i, 4_096, 3)] {
            let other = Argon2::new(algorithm, Version::V0x13, Params::new(m, t, 1, None).unwrap());
            let stored = other.hash_password(b"pw", &salt).unwrap().to_string();
            assert!(verify(b"pw", &stored), "{stored}");
            assert!(!verify(b"pW", &stored), "{stored}");
        }
    }

    #[test]
    fn the_reused_buffer_gives_the_same_answers_as_a_fresh_one() {
        let first = hash(b"one").unwrap();
        let second = hash(b"two").unwrap();
        assert!(verify(b"one", &first) && verify(b"two", &second));
        assert!(!verify(b"two", &first) && !verify(b"one", &second));
    }

    #[test]
    fn malformed_stored_strings_never_match() {
        for stored in ["", "not a hash", "$argon2id$v=19$m=7168,t=5,p=1$c29tZXNhbHQ", "$scrypt$ln=1$abc$def"]
        {
            assert!(!verify(b"", stored), "{stored}");
        }
    }
}
