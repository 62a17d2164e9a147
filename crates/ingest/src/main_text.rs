//! The main-text extractor as a choice: sitrep's own, or (behind cargo features, for
//! measurement only) the pure-Rust `trafilatura` and `dom_smoothie` crates.
//!
//! `sitrep eval clean --extractor NAME` scores each on the same pages through this one trait,
//! so the choice of extractor is made by measurement and can be changed in one place. The
//! peers only give text (no alignment, captions or removal list), which is why the pipeline
//! itself calls [`crate::clean_html`] directly; the trait is the common denominator that a
//! benchmark needs. Every extractor gets the page's bytes, so charset handling is part of what
//! is measured; the peers get the text as [`crate::decode`] decodes it.

/// Something that turns the bytes of a page into its main text.
pub trait MainText: Send + Sync {
    /// The name `--extractor` knows it by.
    fn name(&self) -> &'static str;
    /// The main text, or `None` when the extractor gave up on the page.
    fn main_text(&self, page: &[u8]) -> Option<String>;
}

/// sitrep's own extractor: [`crate::clean_bytes`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Sitrep;

impl MainText for Sitrep {
    fn name(&self) -> &'static str {
        "sitrep"
    }

    fn main_text(&self, page: &[u8]) -> Option<String> {
        Some(crate::clean_bytes(page).0.text)
    }
}

/// The `trafilatura` crate (a Rust port of Python trafilatura), with its default options.
#[cfg(feature = "peer-trafilatura")]
#[derive(Clone, Copy, Debug, Default)]
pub struct TrafilaturaRs;

#[cfg(feature = "peer-trafilatura")]
impl MainText for TrafilaturaRs {
    fn name(&self) -> &'static str {
        "trafilatura-rs"
    }

    fn main_text(&self, page: &[u8]) -> Option<String> {
        let (html, _) = crate::decode(page);
        let options = trafilatura::Options::default();
        trafilatura::extract(&html, &options)
            .ok()
            .map(|r| r.content_text)
    }
}

/// The `dom_smoothie` crate (a Rust port of Mozilla's Readability), with its default options.
#[cfg(feature = "peer-dom-smoothie")]
#[derive(Clone, Copy, Debug, Default)]
pub struct DomSmoothie;

#[cfg(feature = "peer-dom-smoothie")]
impl MainText for DomSmoothie {
    fn name(&self) -> &'static str {
        "dom-smoothie"
    }

    fn main_text(&self, page: &[u8]) -> Option<String> {
        let (html, _) = crate::decode(page);
        let mut readability = dom_smoothie::Readability::new(html.as_str(), None, None).ok()?;
        readability.parse().ok().map(|a| a.text_content.to_string())
    }
}

/// The names of the extractors this build has.
pub fn names() -> Vec<&'static str> {
    all().iter().map(|e| e.name()).collect()
}

/// The extractor called `name`, when this build has it.
pub fn by_name(name: &str) -> Option<Box<dyn MainText>> {
    all().into_iter().find(|e| e.name() == name)
}

fn all() -> Vec<Box<dyn MainText>> {
    #[allow(unused_mut)]
    let mut all: Vec<Box<dyn MainText>> = vec![Box::new(Sitrep)];
    #[cfg(feature = "peer-trafilatura")]
    all.push(Box::new(TrafilaturaRs));
    #[cfg(feature = "peer-dom-smoothie")]
    all.push(Box::new(DomSmoothie));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_extractor_is_always_there() {
        assert!(names().contains(&"sitrep"));
        let e = by_name("sitrep").expect("built in");
        let text = e
            .main_text(b"<html><body><nav><a href=/>Home</a></nav><p>The ferry sailed.</p></body></html>")
            .expect("text");
        assert_eq!(text, "The ferry sailed.");
        assert!(by_name("nothing").is_none());
    }
}
