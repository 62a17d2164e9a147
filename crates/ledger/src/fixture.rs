//! Hand-built documents for the tests of this crate: short invented reports with every layer
//! filled, so conversion, merging, storage and the report are tested on the same data.
//!
//! The places, organisations and events are fictional; the country code "XA" is one of the codes
//! ISO 3166 leaves for private use.

use sitrep_doc::{
    ActorRole, Alignment, Claim, ClaimRelation, ClaimStatus, CleanText, Doc, DocMeta, Entity,
    EntityLayer, EntityMention, EntityType, Event, EventStatus, Evidence, MentionKind, OrgKind,
    Place, PlaceKind, PlaceLayer, PlaceMention, PlaceRole, Quantity, QuoteKind, RelationType,
    Removed, Sentence, Span, TimeExpr, TimeInterval, TimeLayer, TimexMod, TimexType, Token,
    TokenKind,
};

const REPORT: &str = "PORT AVERIN — Three cargo ships left the harbour of Velmora for Castor Bay \
between March 3 and March 5, the Averin Coast Guard said on Tuesday, citing satellite imagery. \
About 400 dock workers were idle after the departures, according to the coast guard. \
Velmar Shipping denied that its ships had sailed.\n\
A crane at the Velmora harbour. (Photo: Averin Ledger)";

const FOLLOW_UP: &str = "Velmar Shipping said on Wednesday that the Averin Coast Guard had \
miscounted the ships in Castor Bay.";

/// The span of the `nth` (0-based) occurrence of `needle`.
pub(crate) fn at(text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("fixture text lacks {needle:?} #{nth}"));
    Span::new(start, start + needle.len())
}

/// Runs of letters or digits are tokens, every other visible character is one token; a full stop
/// ends a sentence.
fn tokens_and_sentences(text: &str) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens: Vec<Token> = Vec::new();
    let mut run: Option<usize> = None;
    let push_run = |tokens: &mut Vec<Token>, from: usize, to: usize| {
        let word = &text[from..to];
        let kind = if word.chars().all(|c| c.is_ascii_digit()) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        tokens.push(Token {
            span: Span::new(from, to),
            kind,
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            run.get_or_insert(i);
            continue;
        }
        if let Some(from) = run.take() {
            push_run(&mut tokens, from, i);
        }
        if !c.is_whitespace() {
            tokens.push(Token {
                span: Span::new(i, i + c.len_utf8()),
                kind: TokenKind::Punct,
            });
        }
    }
    if let Some(from) = run {
        push_run(&mut tokens, from, text.len());
    }

    let mut sentences = Vec::new();
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        let last = i + 1 == tokens.len();
        if &text[t.span.range()] == "." || last {
            let span = Span::new(tokens[first].span.start(), t.span.end());
            sentences.push(Sentence {
                span,
                first_token: first,
                end_token: i + 1,
            });
            first = i + 1;
        }
    }
    (tokens, sentences)
}

fn base(text: &str, meta: DocMeta, captions: Vec<Span>, removed: Vec<Removed>) -> Doc {
    let clean = CleanText {
        text: text.to_string(),
        alignment: Alignment::identity(text.len()),
        captions,
        removed,
        warnings: vec!["one replacement character in the raw input".to_string()],
    };
    let mut doc = Doc::new(meta, clean).expect("fixture captions fit");
    let (tokens, sentences) = tokens_and_sentences(text);
    doc.set_tokens(tokens).expect("tokens");
    doc.set_sentences(sentences).expect("sentences");
    doc
}

fn org(name: &str, kind: OrgKind, aliases: &[&str]) -> Entity {
    Entity {
        name: name.into(),
        entity_type: EntityType::Org,
        org_kind: Some(kind),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        country: Some("XA".into()),
    }
}

fn place_entity(name: &str, entity_type: EntityType) -> Entity {
    Entity {
        name: name.into(),
        entity_type,
        org_kind: None,
        aliases: vec![],
        country: Some("XA".into()),
    }
}

fn castor_bay() -> Place {
    Place {
        name: "Castor Bay".into(),
        lat: 43.5,
        lon: 13.25,
        country: Some("XA".into()),
        kind: PlaceKind::Water,
        geonames_id: None,
        admin1: None,
        population: 0,
    }
}

fn date(span: Span, value: &str) -> TimeExpr {
    TimeExpr {
        span,
        timex_type: TimexType::Date,
        value: value.into(),
        timex_mod: None,
    }
}

/// A coast-guard report of ships leaving port, a denial, two claims that agree and one that
/// contradicts, a caption and a removed newsletter box.
pub fn report() -> Doc {
    let t = REPORT;
    let meta = DocMeta {
        source: "fixtures/port-averin.txt".into(),
        title: Some("Ships leave Velmora | harbour quiet".into()),
        outlet: Some("The Averin Ledger".into()),
        author: Some("R. Osk".into()),
        url: Some("https://example.invalid/port-averin".into()),
        language: Some("en".into()),
        published: "2024-03-06".parse().ok(),
    };
    let caption = Span::new(at(t, "A crane", 0).start(), t.len());
    let removed = vec![Removed {
        text: "Subscribe to our newsletter".into(),
        reason: "newsletter",
        raw_span: Span::new(400, 427),
    }];
    let mut doc = base(t, meta, vec![caption], removed);

    doc.set_entities(EntityLayer {
        entities: vec![
            org("Averin Coast Guard", OrgKind::ArmedForce, &["ACG"]),
            org("Velmar Shipping", OrgKind::Other, &[]),
            place_entity("Velmora", EntityType::Gpe),
            place_entity("Castor Bay", EntityType::Loc),
            // Nothing mentions it and nothing refers to it: it must not reach the ledger.
            org("Phantom Board", OrgKind::Other, &[]),
        ],
        mentions: vec![
            EntityMention {
                span: at(t, "Averin Coast Guard", 0),
                entity: 0,
                kind: MentionKind::Name,
            },
            EntityMention {
                span: at(t, "the coast guard", 0),
                entity: 0,
                kind: MentionKind::Anaphor,
            },
            EntityMention {
                span: at(t, "Velmar Shipping", 0),
                entity: 1,
                kind: MentionKind::Name,
            },
            EntityMention {
                span: at(t, "its", 0),
                entity: 1,
                kind: MentionKind::Anaphor,
            },
            EntityMention {
                span: at(t, "Velmora", 0),
                entity: 2,
                kind: MentionKind::Name,
            },
            EntityMention {
                span: at(t, "Velmora", 1),
                entity: 2,
                kind: MentionKind::Name,
            },
            EntityMention {
                span: at(t, "Castor Bay", 0),
                entity: 3,
                kind: MentionKind::Name,
            },
        ],
    })
    .expect("entities");

    let exprs = vec![
        date(at(t, "March 3", 0), "2024-03-03"),
        date(at(t, "March 5", 0), "2024-03-05"),
        TimeExpr {
            span: at(t, "Tuesday", 0),
            timex_type: TimexType::Date,
            value: "2024-03-05".into(),
            timex_mod: Some(TimexMod::Approx),
        },
    ];
    doc.set_times(TimeLayer {
        exprs,
        intervals: vec![TimeInterval {
            span: at(t, "between March 3 and March 5", 0),
            begin: 0,
            end: 1,
        }],
    })
    .expect("times");

    doc.set_quantities(vec![
        Quantity {
            span: at(t, "Three cargo ships", 0),
            value: 3.0,
            upper: None,
            unit: Some("ships".into()),
            unit_span: Some(at(t, "ships", 0)),
            approx: false,
            bound: None,
        },
        Quantity {
            span: at(t, "About 400 dock workers", 0),
            value: 400.0,
            upper: Some(450.5),
            unit: Some("workers".into()),
            unit_span: Some(at(t, "workers", 0)),
            approx: true,
            bound: Some(TimexMod::MoreThan),
        },
    ])
    .expect("quantities");

    doc.set_places(PlaceLayer {
        places: vec![
            Place {
                name: "Velmora".into(),
                lat: 44.118,
                lon: 12.342,
                country: Some("XA".into()),
                kind: PlaceKind::City,
                geonames_id: Some(9_990_001),
                admin1: Some("Averin Coast".into()),
                population: 120_000,
            },
            castor_bay(),
        ],
        mentions: vec![
            PlaceMention {
                span: at(t, "Velmora", 0),
                place: 0,
            },
            PlaceMention {
                span: at(t, "Velmora harbour", 0),
                place: 0,
            },
            PlaceMention {
                span: at(t, "Castor Bay", 0),
                place: 1,
            },
        ],
    })
    .expect("places");

    doc.set_claims(vec![
        Claim {
            source_span: Some(at(t, "the Averin Coast Guard", 0)),
            source_entity: Some(0),
            cue_span: Some(at(t, "said", 0)),
            content: at(t, "Three cargo ships left the harbour of Velmora for Castor Bay between March 3 and March 5", 0),
            evidence: vec![Evidence::SatelliteImagery],
            status: ClaimStatus::Asserted,
            quote: QuoteKind::Indirect,
            date: Some("2024-03-05".into()),
        },
        Claim {
            source_span: Some(at(t, "the coast guard", 0)),
            source_entity: Some(0),
            cue_span: Some(at(t, "according to", 0)),
            content: at(t, "About 400 dock workers were idle after the departures", 0),
            evidence: vec![],
            status: ClaimStatus::Hedged,
            quote: QuoteKind::Indirect,
            date: None,
        },
        Claim {
            source_span: Some(at(t, "Velmar Shipping", 0)),
            source_entity: Some(1),
            cue_span: Some(at(t, "denied", 0)),
            content: at(t, "its ships had sailed", 0),
            evidence: vec![],
            status: ClaimStatus::Denied,
            quote: QuoteKind::Indirect,
            date: None,
        },
        // A caption credit: a claim without source words or cue.
        Claim {
            source_span: None,
            source_entity: None,
            cue_span: None,
            content: at(t, "A crane at the Velmora harbour.", 0),
            evidence: vec![Evidence::Photo],
            status: ClaimStatus::Unverified,
            quote: QuoteKind::None,
            date: None,
        },
    ])
    .expect("claims");

    doc.set_events(vec![
        Event {
            event_type: "transport",
            plover: Some("MOBILIZE"),
            trigger: at(t, "left", 0),
            other_triggers: vec![at(t, "departures", 0), at(t, "sailed", 0)],
            actors: vec![(1, ActorRole::Carrier), (0, ActorRole::Agent)],
            places: vec![(0, PlaceRole::Origin), (1, PlaceRole::Destination)],
            quantities: vec![0],
            time: Some(("2024-03-03".into(), "2024-03-05".into())),
            status: EventStatus::Occurred,
            claims: vec![0, 2],
            disputed_agents: vec![],
        },
        Event {
            event_type: "strike",
            plover: None,
            trigger: at(t, "idle", 0),
            other_triggers: vec![],
            actors: vec![],
            places: vec![(0, PlaceRole::Location)],
            quantities: vec![1],
            time: None,
            status: EventStatus::Ongoing,
            claims: vec![1],
            disputed_agents: vec![],
        },
    ])
    .expect("events");

    doc.set_relations(vec![
        ClaimRelation {
            relation: RelationType::Contradicts,
            from: 2,
            to: 0,
            independent: true,
            cue_span: Some(at(t, "denied", 0)),
        },
        ClaimRelation {
            relation: RelationType::Corroborates,
            from: 1,
            to: 0,
            independent: false,
            cue_span: None,
        },
    ])
    .expect("relations");
    doc
}

/// A second outlet's short follow-up naming the same shipping company, coast guard and bay.
pub fn follow_up() -> Doc {
    let t = FOLLOW_UP;
    let meta = DocMeta {
        source: "fixtures/harbour-wire.txt".into(),
        outlet: Some("Harbour Wire".into()),
        published: "2024-03-07".parse().ok(),
        ..DocMeta::default()
    };
    let mut doc = base(t, meta, vec![], vec![]);
    doc.set_entities(EntityLayer {
        entities: vec![
            // Spelled differently from the report: still the same entity id.
            org("VELMAR SHIPPING", OrgKind::Other, &["Velmar"]),
            org("The Averin Coast Guard", OrgKind::ArmedForce, &[]),
            place_entity("Castor Bay", EntityType::Loc),
        ],
        mentions: vec![
            EntityMention {
                span: at(t, "Velmar Shipping", 0),
                entity: 0,
                kind: MentionKind::Name,
            },
            EntityMention {
                span: at(t, "Averin Coast Guard", 0),
                entity: 1,
                kind: MentionKind::Name,
            },
            EntityMention {
                span: at(t, "Castor Bay", 0),
                entity: 2,
                kind: MentionKind::Name,
            },
        ],
    })
    .expect("entities");
    doc.set_times(TimeLayer {
        exprs: vec![date(at(t, "Wednesday", 0), "2024-03-06")],
        intervals: vec![],
    })
    .expect("times");
    doc.set_places(PlaceLayer {
        places: vec![castor_bay()],
        mentions: vec![PlaceMention {
            span: at(t, "Castor Bay", 0),
            place: 0,
        }],
    })
    .expect("places");
    doc.set_claims(vec![Claim {
        source_span: Some(at(t, "Velmar Shipping", 0)),
        source_entity: Some(0),
        cue_span: Some(at(t, "said", 0)),
        content: at(
            t,
            "the Averin Coast Guard had miscounted the ships in Castor Bay",
            0,
        ),
        evidence: vec![Evidence::PressRelease],
        status: ClaimStatus::Asserted,
        quote: QuoteKind::Indirect,
        date: Some("2024-03-06".into()),
    }])
    .expect("claims");
    doc
}

/// The smallest document: text only, no layers.
pub fn bare() -> Doc {
    Doc::from_text(
        DocMeta {
            source: "fixtures/bare.txt".into(),
            ..DocMeta::default()
        },
        "Nothing happened.",
    )
}
