//! Getting bytes in, refusing what is not a document, and decoding to UTF-8.
//!
//! Reading is the one place where ingestion may fail, so every refusal here is a one-line
//! message that names the file and says what to do: a missing file, a directory, an empty
//! file, a binary (with its kind when its magic number gives it away: gzip, zip, PDF, images),
//! or a file larger than the limit. The size is checked from metadata before a byte is read, so
//! a huge file is refused at once.
//!
//! Decoding never fails: invalid UTF-8 is replaced with U+FFFD and counted in a warning; a BOM
//! selects UTF-8 or UTF-16; a page that declares a legacy charset (or whose bytes are plainly
//! not UTF-8) is decoded with that charset, again with a warning that says so.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::Error;

/// How much the reader accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest input in bytes (`--max-bytes`).
    pub max_bytes: u64,
}

impl Limits {
    /// The default size limit: 32 MiB.
    pub const DEFAULT_MAX_BYTES: u64 = 32 * 1024 * 1024;
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: Limits::DEFAULT_MAX_BYTES,
        }
    }
}

/// The bytes of one input, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawInput {
    /// The path as given (`-` for standard input).
    pub source: String,
    pub bytes: Vec<u8>,
}

/// How many leading bytes the binary sniffing looks at.
const SNIFF_LEN: usize = 8 * 1024;

/// File signatures of formats people hand to a text tool by mistake, and what to call them.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"PK\x03\x04", "a zip archive (or an Office/EPUB document)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"BZh91AY&SY", "a bzip2-compressed file"),
    (b"SQLite format 3\x00", "an SQLite database"),
];

/// Reads one input: a file path, or `-` for standard input.
pub fn read_input(path: &Path, limits: &Limits) -> Result<RawInput, Error> {
    let source = path.display().to_string();
    let bytes = if source == "-" {
        read_stdin(&source, limits)?
    } else {
        read_file(path, &source, limits)?
    };
    check_content(&source, &bytes)?;
    Ok(RawInput { source, bytes })
}

fn read_file(path: &Path, source: &str, limits: &Limits) -> Result<Vec<u8>, Error> {
    let meta = fs::metadata(path).map_err(|e| io_error(source, &e))?;
    if meta.is_dir() {
        return Err(Error::IsDirectory {
            path: source.to_string(),
        });
    }
    if meta.len() > limits.max_bytes {
        return Err(Error::TooLarge {
            path: source.to_string(),
            size: meta.len(),
            limit: limits.max_bytes,
        });
    }
    let file = fs::File::open(path).map_err(|e| io_error(source, &e))?;
    // The file may grow between the metadata call and the read: never read past the limit.
    read_limited(file, source, limits)
}

fn read_stdin(source: &str, limits: &Limits) -> Result<Vec<u8>, Error> {
    read_limited(io::stdin().lock(), source, limits)
}

fn read_limited(reader: impl Read, source: &str, limits: &Limits) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    reader
        .take(limits.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(source, &e))?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(Error::StreamTooLarge {
            path: source.to_string(),
            limit: limits.max_bytes,
        });
    }
    Ok(bytes)
}

fn io_error(source: &str, err: &io::Error) -> Error {
    match err.kind() {
        io::ErrorKind::NotFound => Error::NotFound {
            path: source.to_string(),
        },
        _ => Error::Io {
            path: source.to_string(),
            message: err.to_string(),
        },
    }
}

/// Refuses empty and binary content.
fn check_content(source: &str, bytes: &[u8]) -> Result<(), Error> {
    let path = || source.to_string();
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty { path: path() });
    }
    if let Some(what) = binary_kind(bytes) {
        return Err(Error::Binary { path: path(), what });
    }
    Ok(())
}

/// What kind of binary the bytes are, or `None` when they look like text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some(&(_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    if utf16_bom(bytes).is_some() {
        // UTF-16 text is full of NUL bytes; it is text all the same.
        return None;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        return Some("a binary file (it contains NUL bytes)");
    }
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    // More than one byte in ten being a control character is no text anyone wrote.
    if control * 10 > head.len() {
        return Some("a binary file (it is mostly control bytes)");
    }
    None
}

fn utf16_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.starts_with(b"\xff\xfe") {
        Some(UTF_16LE)
    } else if bytes.starts_with(b"\xfe\xff") {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes input bytes to UTF-8, returning the text and warnings about what was repaired.
///
/// - A UTF-8 BOM is stripped; a UTF-16 BOM selects UTF-16.
/// - Valid UTF-8 is taken as it is.
/// - Otherwise a charset declared in the first bytes (`<meta charset>`, an XML declaration) is
///   used when it names a legacy encoding (a UTF-8 label is passed over: the bytes say
///   otherwise); bytes with more invalid UTF-8 sequences than valid multi-byte characters, at
///   least two, that decode to letters are decoded with the encoding a detector guesses.
/// - Anything else is UTF-8 with its invalid sequences replaced by U+FFFD, and a warning saying
///   how many.
pub fn decode(bytes: &[u8]) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    if let Some(encoding) = utf16_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            warnings.push(format!(
                "the {} input has malformed code units; they were replaced with U+FFFD",
                encoding.name()
            ));
        }
        return (text.into_owned(), warnings);
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(body) {
        return (text.to_string(), warnings);
    }
    if body.len() == bytes.len() {
        let legacy = declared_charset(body)
            .filter(|e| *e != UTF_8)
            .map(|e| (e, "declared by the document"))
            .or_else(|| guessed_legacy(body).map(|e| (e, "guessed: the bytes are not UTF-8")));
        if let Some((encoding, why)) = legacy {
            let (text, _, had_errors) = encoding.decode(body);
            warnings.push(format!("decoded as {} ({why})", encoding.name()));
            if had_errors {
                warnings.push(format!(
                    "some bytes are not valid {}; they were replaced with U+FFFD",
                    encoding.name()
                ));
            }
            return (text.into_owned(), warnings);
        }
    }
    let mut text = String::with_capacity(body.len());
    let mut invalid = 0usize;
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            invalid += 1;
        }
    }
    let plural = if invalid == 1 { "" } else { "s" };
    warnings.push(format!(
        "the input is not valid UTF-8: {invalid} invalid byte sequence{plural} replaced with U+FFFD"
    ));
    (text, warnings)
}

/// The legacy charset a document declares near its start (HTML meta or XML declaration).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], key) {
            let start = from + pos + key.len();
            let rest = &head[start..];
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let len = rest
                .iter()
                .position(|b| {
                    !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
                })
                .unwrap_or(rest.len());
            // Only called on bytes that are not UTF-8: a UTF-8 label among several (an
            // archive's toolbar wrapped around the page) is the wrong one.
            if let Some(encoding) = Encoding::for_label(&rest[..len]).filter(|e| *e != UTF_8) {
                return Some(encoding);
            }
            from = start;
        }
    }
    None
}

/// A legacy encoding for bytes that hold no valid multi-byte UTF-8 sequence at all, several
/// invalid ones, and decode to letters in the guessed encoding; `None` when the bytes look like
/// UTF-8 with a few errors.
fn guessed_legacy(bytes: &[u8]) -> Option<&'static Encoding> {
    // Legacy multi-byte text forms a valid UTF-8 sequence now and then; UTF-8 with damage
    // has far more valid sequences than invalid ones.
    let valid_multibyte: usize = bytes
        .utf8_chunks()
        .map(|chunk| chunk.valid().chars().filter(|c| !c.is_ascii()).count())
        .sum();
    let invalid = bytes
        .utf8_chunks()
        .filter(|chunk| !chunk.invalid().is_empty())
        .count();
    if valid_multibyte >= invalid {
        return None;
    }
    if invalid < 2 {
        // One stray byte is damage, not an encoding.
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, false);
    if encoding == UTF_8 {
        return None;
    }
    // Text in a legacy encoding decodes to letters; damage decodes to symbols.
    let (text, _, _) = encoding.decode(bytes);
    let (letters, other) =
        text.chars()
            .filter(|c| !c.is_ascii())
            .fold((0usize, 0usize), |(l, o), c| {
                if c.is_alphabetic() {
                    (l + 1, o)
                } else {
                    (l, o + 1)
                }
            });
    (letters >= 2 * other).then_some(encoding)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::time::Instant;

    fn temp_file(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(bytes).expect("write");
        file
    }

    fn read(bytes: &[u8]) -> Result<RawInput, Error> {
        let file = temp_file(bytes);
        read_input(file.path(), &Limits::default())
    }

    #[test]
    fn reads_a_text_file() {
        let input = read(b"Troops crossed the river.\n").expect("text is read");
        assert_eq!(input.bytes, b"Troops crossed the river.\n");
        assert!(!input.source.is_empty());
    }

    #[test]
    fn missing_file_is_named() {
        let err = read_input(Path::new("/nonexistent/report.txt"), &Limits::default());
        let err = err.expect_err("missing file");
        assert!(matches!(err, Error::NotFound { .. }));
        assert_eq!(err.to_string(), "/nonexistent/report.txt: no such file");
    }

    #[test]
    fn directory_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = read_input(dir.path(), &Limits::default()).expect_err("directory");
        assert!(matches!(err, Error::IsDirectory { .. }), "{err}");
        assert!(err.to_string().contains("directory"));
    }

    #[test]
    fn empty_and_blank_files_are_refused() {
        for bytes in [&b""[..], b"  \n\t\r\n ", b"\xef\xbb\xbf\n"] {
            let err = read(bytes).expect_err("empty");
            assert!(matches!(err, Error::Empty { .. }), "{bytes:?}: {err}");
        }
    }

    #[test]
    fn binaries_are_refused_with_their_kind() {
        let cases: [(&[u8], &str); 6] = [
            (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
            (b"PK\x03\x04\x14\x00\x00\x00", "zip"),
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
            (b"some text\x00with a NUL", "NUL"),
        ];
        for (bytes, what) in cases {
            let err = read(bytes).expect_err("binary");
            assert!(matches!(err, Error::Binary { .. }), "{what}: {err}");
            assert!(err.to_string().contains(what), "{err}");
        }
        let controls: Vec<u8> = (0..400)
            .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
            .collect();
        assert!(matches!(read(&controls), Err(Error::Binary { .. })));
    }

    #[test]
    fn utf16_with_bom_is_not_binary() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Kyiv, Oct. 18".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let input = read(&bytes).expect("UTF-16 is text");
        let (text, warnings) = decode(&input.bytes);
        assert_eq!(text, "Kyiv, Oct. 18");
        assert!(warnings.is_empty());
    }

    #[test]
    fn a_huge_file_is_refused_by_size_without_reading_it() {
        let file = tempfile::NamedTempFile::new().expect("temp file");
        file.as_file()
            .set_len(50 * 1024 * 1024)
            .expect("sparse file");
        let started = Instant::now();
        let err = read_input(file.path(), &Limits::default()).expect_err("too large");
        assert!(
            started.elapsed().as_millis() < 500,
            "refused by metadata, not by reading"
        );
        assert!(
            matches!(
                err,
                Error::TooLarge {
                    size: 52_428_800,
                    ..
                }
            ),
            "{err}"
        );
        let message = err.to_string();
        assert!(
            message.contains("50.0 MiB") && message.contains("32.0 MiB"),
            "{message}"
        );
        assert!(message.contains("--max-bytes"), "{message}");
        assert!(!message.contains('\n'));
    }

    #[test]
    fn the_limit_is_configurable() {
        let file = temp_file(b"Twelve bytes");
        let err = read_input(file.path(), &Limits { max_bytes: 5 }).expect_err("over limit");
        assert!(matches!(
            err,
            Error::TooLarge {
                size: 12,
                limit: 5,
                ..
            }
        ));
        assert!(read_input(file.path(), &Limits { max_bytes: 12 }).is_ok());
    }

    #[test]
    fn streams_are_cut_at_the_limit() {
        let err = read_limited(&b"0123456789"[..], "-", &Limits { max_bytes: 4 })
            .expect_err("stream over limit");
        assert!(matches!(err, Error::StreamTooLarge { limit: 4, .. }));
        assert!(err.to_string().starts_with("-: "));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, warnings) = decode(b"\xef\xbb\xbfSeoul said");
        assert_eq!(text, "Seoul said");
        assert!(warnings.is_empty());
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let (text, warnings) =
            decode(b"Kyiv\xe2\x80\x99s port \xff and \xc3 here \xe2\x80\x9cok\xe2\x80\x9d");
        assert_eq!(text, "Kyiv’s port \u{FFFD} and \u{FFFD} here “ok”");
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].contains("2 invalid byte sequences"),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn declared_legacy_charset_is_used() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xca\xe8\xe5\xe2</body></html>";
        let (text, warnings) = decode(page);
        assert!(text.contains("Киев"), "{text}");
        assert!(
            warnings.iter().any(|w| w.contains("windows-1251")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_wrong_utf8_label_before_the_real_one_is_passed_over() {
        // An archive's toolbar declares UTF-8 around a page that declares and is windows-1251.
        let page = b"<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" \
                     content=\"text/html; charset=windows-1251\"></head><body>\xca\xe8\xe5\xe2</body></html>";
        let (text, warnings) = decode(page);
        assert!(text.contains("Киев"), "{text}");
        assert!(warnings.iter().any(|w| w.contains("windows-1251")), "{warnings:?}");
    }

    #[test]
    fn legacy_bytes_that_happen_to_form_utf8_are_still_guessed() {
        // "é" then "a" in Latin-1 is no UTF-8; "Ã©" (C3 A9) is, by accident, a valid pair.
        let (text, warnings) = decode(
            b"Le caf\xe9 de la r\xe9sidence \xe9tait ferm\xe9 lundi; \xc3\xa9 ne change rien.",
        );
        assert!(text.contains("café"), "{text}");
        assert!(warnings.iter().any(|w| w.contains("guessed")), "{warnings:?}");
    }

    #[test]
    fn latin1_without_declaration_is_guessed() {
        let (text, warnings) = decode(b"The caf\xe9 near the r\xe9sidence was closed on Monday.");
        assert!(text.contains("café"), "{text}");
        assert!(
            warnings.iter().any(|w| w.contains("guessed")),
            "{warnings:?}"
        );
    }
}
