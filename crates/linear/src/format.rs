//! The model file: one container for every trained model sitrep ships.
//!
//! ```text
//! magic "SITREPLM" | version u32 | header_len u32 | header (postcard Header)
//!                  | body_len u64 | body (postcard, the caller's type)
//!                  | crc32 u32 of every byte before it | end mark "LM.E"
//! ```
//! Integers are little-endian. The reader checks, in this order and before decoding anything:
//! the magic, the format version, the end mark (a cut-off file has none), the checksum, the
//! section lengths; then it decodes the header and checks the model kind and feature-set
//! version the caller expects. Every refusal names what was expected and what was found.
//! Bump [`FORMAT_VERSION`] whenever this layout, [`Header`] or [`crate::CompactModel`] changes.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Error;

/// The first bytes of every sitrep model file.
pub const MAGIC: [u8; 8] = *b"SITREPLM";
/// The last bytes of every sitrep model file.
const END: [u8; 4] = *b"LM.E";
/// The container format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
const FIXED: usize = 8 + 4 + 4;

/// What a model file says about itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// What the model is for ("tagger", "parser", ...).
    pub kind: String,
    /// The version string of the feature templates the weights were trained with.
    pub features: String,
    /// The label set of each classifier in the body, in class-index order.
    pub labels: Vec<Vec<String>>,
    /// SHA-256 of the training data, as read.
    pub data_sha256: [u8; 32],
    /// A line about the training run (files, iterations, dev accuracy).
    pub trained: String,
}

impl Header {
    pub fn data_sha256_hex(&self) -> String {
        self.data_sha256.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// SHA-256 of some bytes (for [`Header::data_sha256`]).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// Encodes a model file.
pub fn write_model<T: Serialize>(header: &Header, body: &T) -> Result<Vec<u8>, Error> {
    let head = postcard::to_stdvec(header).map_err(|e| Error::Encode(e.to_string()))?;
    let body = postcard::to_stdvec(body).map_err(|e| Error::Encode(e.to_string()))?;
    let head_len = u32::try_from(head.len()).map_err(|_| Error::Encode("header over 4 GiB".into()))?;
    let mut out = Vec::with_capacity(FIXED + head.len() + 8 + body.len() + 8);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&head_len.to_le_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&body);
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&END);
    Ok(out)
}

/// Decodes a model file of the given kind and feature-set version, refusing anything else.
pub fn read_model<T: DeserializeOwned>(bytes: &[u8], kind: &str, features: &str) -> Result<(Header, T), Error> {
    let n = bytes.len().min(MAGIC.len());
    if bytes[..n] != MAGIC[..n] || n == 0 {
        return Err(Error::BadMagic {
            expected: String::from_utf8_lossy(&MAGIC).into_owned(),
            found: String::from_utf8_lossy(&bytes[..n]).into_owned(),
        });
    }
    if bytes.len() < FIXED + 8 + 8 {
        return Err(Error::Truncated(format!("{} bytes, shorter than an empty model", bytes.len())));
    }
    let version = le_u32(&bytes[8..12]);
    if version != FORMAT_VERSION {
        return Err(Error::Version { expected: FORMAT_VERSION, found: version });
    }
    let (payload, footer) = bytes.split_at(bytes.len() - 8);
    if footer[4..] != END {
        return Err(Error::Truncated(format!(
            "expected the end mark {:?}, found {:?} ({} bytes in all)",
            String::from_utf8_lossy(&END),
            String::from_utf8_lossy(&footer[4..]),
            bytes.len()
        )));
    }
    let stored = le_u32(&footer[..4]);
    let computed = crc32fast::hash(payload);
    if stored != computed {
        return Err(Error::Checksum { expected: stored, found: computed });
    }
    let head_len = le_u32(&bytes[12..16]) as usize;
    let mut rest = &payload[FIXED..];
    if rest.len() < head_len {
        return Err(Error::Truncated(format!("header of {head_len} bytes, {} left", rest.len())));
    }
    let (head, after) = rest.split_at(head_len);
    rest = after;
    if rest.len() < 8 {
        return Err(Error::Truncated("no body length".into()));
    }
    let mut len = [0u8; 8];
    len.copy_from_slice(&rest[..8]);
    let body_len = u64::from_le_bytes(len);
    let body = &rest[8..];
    if body.len() as u64 != body_len {
        return Err(Error::Truncated(format!("body of {body_len} bytes expected, {} found", body.len())));
    }
    let header: Header = postcard::from_bytes(head).map_err(|e| Error::Decode(format!("header: {e}")))?;
    if header.kind != kind {
        return Err(Error::Kind { expected: kind.into(), found: header.kind });
    }
    if header.features != features {
        return Err(Error::Features { expected: features.into(), found: header.features });
    }
    let body: T = postcard::from_bytes(body).map_err(|e| Error::Decode(format!("body: {e}")))?;
    Ok((header, body))
}

fn le_u32(b: &[u8]) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[..4]);
    u32::from_le_bytes(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn header() -> Header {
        Header {
            kind: "toy".into(),
            features: "toy/1".into(),
            labels: vec![vec!["A".into(), "B".into()]],
            data_sha256: sha256(b"data"),
            trained: "by a test".into(),
        }
    }

    fn file() -> Vec<u8> {
        write_model(&header(), &vec![1u32, 2, 3]).unwrap()
    }

    fn read(bytes: &[u8]) -> Result<(Header, Vec<u32>), Error> {
        read_model(bytes, "toy", "toy/1")
    }

    #[test]
    fn round_trips() {
        let (h, body) = read(&file()).unwrap();
        assert_eq!(h, header());
        assert_eq!(body, [1, 2, 3]);
    }

    #[test]
    fn refuses_a_wrong_magic() {
        let mut f = file();
        f[0] = b'X';
        let e = read(&f).unwrap_err();
        assert!(matches!(e, Error::BadMagic { .. }), "{e}");
        assert!(e.to_string().contains("SITREPLM") && e.to_string().contains("XITREPLM"), "{e}");
    }

    #[test]
    fn refuses_another_format_version() {
        let mut f = file();
        f[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        let e = read(&f).unwrap_err();
        assert!(matches!(e, Error::Version { expected: FORMAT_VERSION, .. }), "{e}");
        assert!(e.to_string().contains(&format!("version {}", FORMAT_VERSION + 1)), "{e}");
    }

    #[test]
    fn refuses_a_flipped_bit() {
        let mut f = file();
        let mid = f.len() / 2;
        f[mid] ^= 0x10;
        assert!(matches!(read(&f), Err(Error::Checksum { .. })));
    }

    #[test]
    fn refuses_a_truncated_file() {
        let f = file();
        for cut in [0, 3, 8, 20, f.len() - 1] {
            let e = read(&f[..cut]).unwrap_err();
            assert!(matches!(e, Error::Truncated(_) | Error::BadMagic { .. }), "{cut}: {e}");
        }
        assert!(matches!(read(&f[..f.len() - 5]), Err(Error::Truncated(_))));
    }

    #[test]
    fn refuses_other_kinds_and_features() {
        let f = file();
        assert!(matches!(read_model::<Vec<u32>>(&f, "parser", "toy/1"), Err(Error::Kind { .. })));
        let e = read_model::<Vec<u32>>(&f, "toy", "toy/2").unwrap_err();
        assert!(e.to_string().contains("toy/1") && e.to_string().contains("toy/2"), "{e}");
    }

    proptest! {
        #[test]
        fn never_panics_on_garbage(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = read(&bytes);
        }

        #[test]
        fn never_panics_on_damaged_models(pos in 0usize..1000, bit in 0u8..8) {
            let mut f = file();
            let i = pos % f.len();
            f[i] ^= 1 << bit;
            prop_assert!(read(&f).is_err());
        }
    }
}
