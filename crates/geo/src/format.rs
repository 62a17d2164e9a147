//! The gazetteer file: a versioned, checksummed container around the name index and the tables.
//!
//! ```text
//! magic "SITREPGZ" | version u32 | flags u32 | fst_len u64 | fst bytes
//!                  | body_len u64 | body (postcard Tables, deflated when flags & 1)
//!                  | crc32 u32 of every byte before it | end mark "GZ.E"
//! ```
//! All integers are little-endian. A reader refuses a wrong magic, a version other than
//! [`FORMAT_VERSION`], and a checksum mismatch before it decodes anything, and says which one it
//! met: a stale model file must fail with a message naming the fix, not with a garbled table.
//! Bump [`FORMAT_VERSION`] whenever [`Tables`] or the key folding changes.

use std::io::{Read, Write};

use crate::gazetteer::{Gazetteer, Tables};
use crate::Error;

/// The first bytes of every gazetteer file.
pub const MAGIC: [u8; 8] = *b"SITREPGZ";
/// The last bytes of every gazetteer file.
const END: [u8; 4] = *b"GZ.E";
/// The format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
const FLAG_DEFLATE: u32 = 1;
const HEADER: usize = 8 + 4 + 4;

/// The committed gazetteer, when it existed at compile time (see `build.rs`).
#[cfg(not(sitrep_no_gazetteer))]
pub(crate) const EMBEDDED: Option<&[u8]> = Some(include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/gazetteer.bin"
)));
#[cfg(sitrep_no_gazetteer)]
pub(crate) const EMBEDDED: Option<&[u8]> = None;

impl Gazetteer {
    /// Writes the gazetteer file.
    pub fn write<W: Write>(&self, mut w: W) -> Result<(), Error> {
        let bytes = self.to_bytes()?;
        w.write_all(&bytes).map_err(Error::Write)?;
        w.flush().map_err(Error::Write)
    }

    /// The gazetteer file as bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        let body = postcard::to_stdvec(&self.t).map_err(|e| Error::Decode(e.to_string()))?;
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&body).map_err(Error::Write)?;
        let body = enc.finish().map_err(Error::Write)?;
        let fst = self.index.as_fst().as_bytes();
        let mut out = Vec::with_capacity(HEADER + 16 + fst.len() + body.len() + 8);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FLAG_DEFLATE.to_le_bytes());
        out.extend_from_slice(&(fst.len() as u64).to_le_bytes());
        out.extend_from_slice(fst);
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&body);
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&END);
        Ok(out)
    }

    /// Reads a gazetteer file, refusing a foreign, stale or damaged one.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, Error> {
        if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
            let n = bytes.len().min(MAGIC.len());
            return Err(Error::BadMagic {
                expected: String::from_utf8_lossy(&MAGIC).into_owned(),
                found: String::from_utf8_lossy(&bytes[..n]).into_owned(),
            });
        }
        if bytes.len() < HEADER + 8 {
            return Err(Error::Truncated(format!(
                "{} bytes, shorter than the header",
                bytes.len()
            )));
        }
        let version = le_u32(&bytes[8..12]);
        if version != FORMAT_VERSION {
            return Err(Error::Version {
                expected: FORMAT_VERSION,
                found: version,
            });
        }
        let flags = le_u32(&bytes[12..16]);
        let (payload, footer) = bytes.split_at(bytes.len() - 8);
        if footer[4..] != END {
            return Err(Error::Truncated("the end mark is missing".into()));
        }
        let stored = le_u32(&footer[..4]);
        let computed = crc32fast::hash(payload);
        if stored != computed {
            return Err(Error::Checksum {
                expected: stored,
                found: computed,
            });
        }
        let mut rest = &payload[HEADER..];
        let fst = take_section(&mut rest, "name index")?.to_vec();
        let body = take_section(&mut rest, "tables")?;
        if !rest.is_empty() {
            return Err(Error::Decode(format!(
                "{} stray bytes after the tables",
                rest.len()
            )));
        }
        let tables: Tables = if flags & FLAG_DEFLATE != 0 {
            let mut raw = Vec::with_capacity(body.len() * 3);
            flate2::read::DeflateDecoder::new(body)
                .read_to_end(&mut raw)
                .map_err(|e| Error::Decode(format!("inflating the tables: {e}")))?;
            postcard::from_bytes(&raw).map_err(|e| Error::Decode(e.to_string()))?
        } else {
            postcard::from_bytes(body).map_err(|e| Error::Decode(e.to_string()))?
        };
        Gazetteer::from_parts(tables, fst)
    }
}

fn le_u32(b: &[u8]) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[..4]);
    u32::from_le_bytes(a)
}

/// Splits a `u64 length | bytes` section off the front of `rest`.
fn take_section<'a>(rest: &mut &'a [u8], what: &str) -> Result<&'a [u8], Error> {
    if rest.len() < 8 {
        return Err(Error::Truncated(format!("no length for the {what}")));
    }
    let mut a = [0u8; 8];
    a.copy_from_slice(&rest[..8]);
    let len = u64::from_le_bytes(a);
    let body = &rest[8..];
    let len = usize::try_from(len)
        .ok()
        .filter(|&l| l <= body.len())
        .ok_or_else(|| {
            Error::Truncated(format!("the {what} needs {len} bytes, {} left", body.len()))
        })?;
    let (section, tail) = body.split_at(len);
    *rest = tail;
    Ok(section)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::fixture;

    fn bytes() -> Vec<u8> {
        fixture::gazetteer("format").to_bytes().expect("serialises")
    }

    #[test]
    fn round_trip_keeps_everything() {
        let g = fixture::gazetteer("roundtrip");
        let b = g.to_bytes().expect("serialises");
        let back = Gazetteer::from_bytes(&b).expect("reads back");
        assert_eq!(g.stats(), back.stats());
        let c = back.lookup("Drawnik");
        assert_eq!(
            c.first().map(|c| back.place(c.entry)),
            g.lookup("Drawnik").first().map(|c| g.place(c.entry))
        );
        let mut out = Vec::new();
        g.write(&mut out).expect("writes");
        assert_eq!(out, b);
    }

    #[test]
    fn corrupted_body_is_refused_by_checksum() {
        let mut b = bytes();
        let mid = b.len() / 2;
        b[mid] ^= 0x40;
        let err = Gazetteer::from_bytes(&b).expect_err("corrupt");
        assert!(matches!(err, Error::Checksum { .. }), "{err}");
        assert!(err.to_string().contains("checksum"), "{err}");
    }

    #[test]
    fn other_version_is_refused_with_both_versions_named() {
        let mut b = bytes();
        b[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        let err = Gazetteer::from_bytes(&b).expect_err("wrong version");
        assert!(
            matches!(
                err,
                Error::Version {
                    expected: FORMAT_VERSION,
                    ..
                }
            ),
            "{err}"
        );
        let msg = err.to_string();
        assert!(
            msg.contains(&FORMAT_VERSION.to_string())
                && msg.contains(&(FORMAT_VERSION + 1).to_string()),
            "{msg}"
        );
    }

    #[test]
    fn wrong_magic_and_truncation_are_refused() {
        let err = Gazetteer::from_bytes(b"PK\x03\x04 not a gazetteer").expect_err("magic");
        assert!(matches!(err, Error::BadMagic { .. }), "{err}");
        assert!(err.to_string().contains("SITREPGZ"), "{err}");
        let b = bytes();
        assert!(Gazetteer::from_bytes(&b[..b.len() - 3]).is_err());
        assert!(Gazetteer::from_bytes(&b[..20]).is_err());
        assert!(Gazetteer::from_bytes(&[]).is_err());
    }
}
