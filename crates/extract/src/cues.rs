//! The word lists claims, events and relations are read with, in one place a reader can extend.
//!
//! Every list is general news English written by hand: attribution verbs, hedges, denials,
//! evidence phrases and event triggers with their types and PLOVER codes.

use sitrep_doc::{ClaimStatus, Evidence};

/// Attribution verbs: the source is the subject before them, the content follows.
/// The status is what the verb alone says about the claim.
pub const CUE_VERBS: &[(&str, ClaimStatus)] = &[
    ("said", ClaimStatus::Asserted),
    ("says", ClaimStatus::Asserted),
    ("say", ClaimStatus::Asserted),
    ("added", ClaimStatus::Asserted),
    ("adds", ClaimStatus::Asserted),
    ("stated", ClaimStatus::Asserted),
    ("reported", ClaimStatus::Asserted),
    ("reports", ClaimStatus::Asserted),
    ("announced", ClaimStatus::Asserted),
    ("confirmed", ClaimStatus::Asserted),
    ("confirms", ClaimStatus::Asserted),
    ("detailed", ClaimStatus::Asserted),
    ("noted", ClaimStatus::Asserted),
    ("told", ClaimStatus::Asserted),
    ("tells", ClaimStatus::Asserted),
    ("warned", ClaimStatus::Asserted),
    ("revealed", ClaimStatus::Asserted),
    ("disclosed", ClaimStatus::Asserted),
    ("explained", ClaimStatus::Asserted),
    ("restated", ClaimStatus::Asserted),
    ("reiterated", ClaimStatus::Asserted),
    ("estimated", ClaimStatus::Hedged),
    ("estimates", ClaimStatus::Hedged),
    ("assessed", ClaimStatus::Hedged),
    ("assesses", ClaimStatus::Hedged),
    ("assess", ClaimStatus::Hedged),
    ("believes", ClaimStatus::Hedged),
    ("suspects", ClaimStatus::Hedged),
    ("suggested", ClaimStatus::Hedged),
    ("indicated", ClaimStatus::Asserted),
    ("wrote", ClaimStatus::Asserted),
    ("writes", ClaimStatus::Asserted),
    ("acknowledged", ClaimStatus::Hedged),
    ("acknowledges", ClaimStatus::Hedged),
    ("admitted", ClaimStatus::Hedged),
    ("admits", ClaimStatus::Hedged),
    ("conceded", ClaimStatus::Hedged),
    ("concedes", ClaimStatus::Hedged),
    ("complained", ClaimStatus::Asserted),
    ("argued", ClaimStatus::Asserted),
    ("insisted", ClaimStatus::Asserted),
    ("asserted", ClaimStatus::Asserted),
    ("stressed", ClaimStatus::Asserted),
    ("emphasized", ClaimStatus::Asserted),
    ("tweeted", ClaimStatus::Asserted),
    ("posted", ClaimStatus::Asserted),
    ("claimed", ClaimStatus::Alleged),
    ("claims", ClaimStatus::Alleged),
    ("claim", ClaimStatus::Alleged),
    ("alleged", ClaimStatus::Alleged),
    ("alleges", ClaimStatus::Alleged),
    ("accused", ClaimStatus::Alleged),
    ("denied", ClaimStatus::Denied),
    ("denies", ClaimStatus::Denied),
    ("deny", ClaimStatus::Denied),
    ("dismissed", ClaimStatus::Denied),
    ("rejected", ClaimStatus::Denied),
    ("refuted", ClaimStatus::Denied),
    ("retracted", ClaimStatus::Retracted),
    ("saying", ClaimStatus::Asserted),
    ("adding", ClaimStatus::Asserted),
    ("noting", ClaimStatus::Asserted),
    ("arguing", ClaimStatus::Asserted),
    ("explaining", ClaimStatus::Asserted),
    ("insisting", ClaimStatus::Asserted),
    ("warning", ClaimStatus::Asserted),
    ("telling", ClaimStatus::Asserted),
    ("claiming", ClaimStatus::Alleged),
    ("alleging", ClaimStatus::Alleged),
    ("denying", ClaimStatus::Denied),
    ("argues", ClaimStatus::Asserted),
    ("notes", ClaimStatus::Asserted),
    ("explains", ClaimStatus::Asserted),
    ("insists", ClaimStatus::Asserted),
    ("warns", ClaimStatus::Asserted),
    ("announces", ClaimStatus::Asserted),
    ("asked", ClaimStatus::Asserted),
    ("asks", ClaimStatus::Asserted),
    ("cited", ClaimStatus::Asserted),
    ("branded", ClaimStatus::Asserted),
    ("labelled", ClaimStatus::Asserted),
    ("labeled", ClaimStatus::Asserted),
    ("found", ClaimStatus::Asserted),
    ("finds", ClaimStatus::Asserted),
    ("showed", ClaimStatus::Asserted),
    ("agreed", ClaimStatus::Asserted),
    ("echoed", ClaimStatus::Asserted),
    ("predicted", ClaimStatus::Hedged),
    ("thinks", ClaimStatus::Hedged),
    ("thought", ClaimStatus::Hedged),
    ("believe", ClaimStatus::Hedged),
    ("believed", ClaimStatus::Hedged),
    ("hopes", ClaimStatus::Hedged),
    ("fears", ClaimStatus::Hedged),
    ("feared", ClaimStatus::Hedged),
    ("recalled", ClaimStatus::Asserted),
    ("replied", ClaimStatus::Asserted),
    ("responded", ClaimStatus::Asserted),
    ("testified", ClaimStatus::Asserted),
    ("concluded", ClaimStatus::Asserted),
    ("predicts", ClaimStatus::Hedged),
    ("promised", ClaimStatus::Asserted),
    ("vowed", ClaimStatus::Asserted),
    ("pledged", ClaimStatus::Asserted),
];

/// Cues of a concession: the source grants part of what others said ("acknowledged that some
/// vehicles were moved"). The claim is hedged, and a denial word in what it grants ("a week
/// after it dismissed the reports as fake news") does not make it a denial.
pub const CONCESSION_CUES: &[&str] =
    &["acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes"];

/// Cue words that say the source did not speak ("declined to comment", "did not say how"):
/// not a claim.
pub const NON_STATEMENT_WORDS: &[&str] = &["declined", "refused", "not", "n't", "never", "neither", "nor"];

/// Words around a cue of the attribution tagger that say the source refused to speak
/// ("declined to comment", "did not respond to a request for comment").
pub const DECLINING_WORDS: &[&str] = &["declined", "refused", "respond", "comment", "commented"];

/// Participles of belief and report that, passive before "to", raise the subject of what is
/// believed ("troops were believed to be in Russia", "he is said to have left").
pub const RAISED_BELIEFS: &[&str] = &[
    "believed", "said", "thought", "expected", "reported", "estimated", "alleged", "rumored", "rumoured", "understood",
    "known", "considered", "feared", "suspected",
];

/// Nouns of a count that a source "puts at" a figure ("put the death toll at 12"); a claim's
/// content opening with one and "at" takes up an earlier figure ("the figure at 1,100").
pub const TALLY_NOUNS: &[&str] = &["figure", "toll", "number", "tally", "count", "losses", "casualties", "total", "it"];

/// Words in a caveat that mean more than the one claim before it ("either side's reports").
pub const PLURAL_CLAIM_REFERENCES: &[&str] = &[
    "either side", "both sides", "the claims", "these claims", "such claims", "their claims", "the reports", "these reports",
    "those reports", "the accounts", "either account",
];

/// Verbs of saying that, negated after a claim ("but did not elaborate", "and would not say
/// whether"), tell what the speaker left unsaid: the claim's content ends before them.
pub const UNSAID_VERBS: &[&str] = &[
    "say", "said", "mention", "mentioned", "elaborate", "give", "provide", "specify", "comment", "explain", "offer", "disclose",
    "identify", "name", "answer", "confirm", "confirmed", "elaborated", "commented", "detail", "discuss",
];

/// Words opening what a source did not say ("did not say how the data was collected").
pub const OPEN_QUESTION_WORDS: &[&str] = &["how", "whether", "why", "what", "when", "where", "who", "if", "which"];

/// Heads of a source phrase whose place is where it works or lives, not who speaks: "a London
/// think tank", "a Seoul-based monitoring group", "a Kharkiv resident", "a Gaza doctor" (not
/// ranks, "a Kremlin official", "a U.S. official", which speak for their government).
pub const WORKPLACE_HEADS: &[&str] = &[
    "tank", "institute", "group", "firm", "company", "monitor", "observatory", "foundation", "university", "consultancy",
    "center", "centre", "newspaper", "daily", "broadcaster", "outlet", "organisation", "organization", "network",
    "resident", "residents", "doctor", "doctors", "lawyer", "teacher", "farmer", "villager", "shopkeeper", "student", "volunteer",
    "journalist", "woman", "man", "mother", "father",
];

/// Verbs that take a measure ("imposed sanctions", "slapped tariffs on"), and the measures.
pub const MEASURE_VERBS: &[&str] = &["imposed", "imposes", "impose", "imposing", "levied", "slapped"];

/// See [`MEASURE_VERBS`].
pub const MEASURES: &[&str] = &["sanctions", "sanction", "tariffs", "restrictions", "curfew", "ban", "embargo", "penalties", "fines", "duties"];

/// Words that introduce the originator an outlet relays: "X reported, citing the agency".
pub const CITING_WORDS: &[&str] = &["citing", "quoting"];

/// Words of a phrase between a cue and its content that says where or how the statement was
/// made, not what it says: "said in a statement that", "told reporters in Tallinn that".
pub const STATEMENT_SETTING_WORDS: &[&str] = &[
    "in", "on", "at", "to", "during", "via", "through", "with", "a", "an", "the", "its", "his",
    "her", "their", "new", "separate", "written", "joint", "televised", "brief", "short", "online",
    "statement", "statements", "interview", "release", "briefing", "conference", "press", "post",
    "message", "reporters", "journalists", "broadcast", "letter", "speech", "television", "radio",
    "telegram", "website", "parliament", "lawmakers", "news", "agency", "update", "bulletin",
    "for", "earlier", "later", "previously", "again", "also", "first", "today", "yesterday",
    "recently", "repeatedly", "publicly", "closed-door", "address", "evening", "nightly", "video",
    "regular", "hearing", "session", "committee", "parliamentary", "meeting", "separately",
    "privately", "officially", "closed", "intelligence", "event", "rally", "forum", "summit", "ceremony", "after",
    // ("said on Thursday after a briefing by the country's spy agency", "from Seoul's spy
    // agency", "by phone".)
    "following", "by", "from", "phone", "spy", "country", "'s", "’s", "ministry", "service", "government", "officials",
    // ("said in its monthly update", "in its latest weekly report".)
    "monthly", "annual", "quarterly",
    // ("the institute said in its daily update", "in its latest bulletin", "in its morning
    // update".)
    "daily", "weekly", "latest", "morning", "afternoon", "overnight", "situation",
];

/// Media a statement may come in, a setting only after "in", "via" or "by" ("said in a text
/// message to reporters", "in a note to clients", "in an advisory to shipping"; not "said the
/// note was a forgery").
pub const MESSAGE_MEDIA: &[&str] = &["text", "email", "e-mail", "tweet", "note", "notice", "advisory", "alert", "memo", "circular"];

/// Where a statement was posted ("wrote on social media", "said on his X account"): a setting
/// only after "on", "via" or another word of the place ("Facebook, Instagram and WhatsApp had
/// been restored" is what was said).
pub const POSTING_PLACES: &[&str] = &["social", "media", "x", "facebook", "telegram", "instagram", "account", "channel", "page"];

/// Plural source nouns that name a group of speakers, never an earlier source again
/// ("analysts said", "residents say").
pub const GENERIC_SOURCE_NOUNS: &[&str] = &[
    "officials", "sources", "analysts", "experts", "witnesses", "residents", "people",
    "observers", "monitors", "authorities", "media",
];

/// Verbs that make a claim only when what follows is evidence ("released a video").
pub const RELEASE_VERBS: &[&str] = &[
    "released", "published", "shared", "posted", "showed", "shows", "presented", "circulated",
    "aired", "broadcast", "distributed", "provided", "issued", "indicates", "suggests", "show",
];

/// Nouns that, as the object of a release verb, make the release a claim.
pub const EVIDENCE_OBJECTS: &[&str] = &[
    "video", "videos", "footage", "images", "image", "photos", "photo", "photographs", "pictures",
    "statement", "report", "evidence", "documents", "recording", "recordings", "imagery", "map",
    "maps", "clip", "clips",
];

/// Participles that name the noun before them ("a group called X", "a man named Y"): a
/// participle of a cue verb so used reports nothing.
/// (Not "titled": PolNeAR makes "a book titled X" an attribution of the title.)
pub const NAMING_PARTICIPLES: &[&str] = &["called", "named", "dubbed", "nicknamed", "labeled", "labelled", "termed", "branded"];

/// Verbs (lemma) with a particle that make them a movement, an appearance or a cancellation, not
/// a statement: "showed up at the rally", "called off the strike", "called up reservists".
pub const NON_REPORTING_PARTICLE_VERBS: &[(&str, &str)] = &[
    ("show", "up"), ("show", "off"), ("turn", "up"), ("line", "up"), ("call", "off"), ("call", "up"), ("add", "up"),
];

/// Nouns that carry a claim of their own: "assertions by X that ...".
pub const CUE_NOUNS: &[&str] = &[
    "assertions", "assertion", "claims", "claim", "reports", "report", "statements", "statement",
    "allegations", "allegation", "findings", "assessment", "assessments", "accusations", "warnings",
];

/// Words after the cue that the content does not start with.
pub const CONTENT_OPENERS: &[&str] = &[",", ":", "on", "of"];

/// What is signed as an act, not a statement: "signed a law", "signs decree", "signed the
/// treaty" (a letter or a statement signed says something).
pub const SIGNED_DOCUMENTS: &[&str] = &[
    "law", "laws", "decree", "decrees", "bill", "bills", "treaty", "agreement", "agreements", "pact", "deal", "order", "orders",
    "accord", "memorandum", "contract", "contracts", "legislation", "ordinance",
];

/// Verbs of being present at an act, which say nothing: "Kim Jong Un oversees tests",
/// "inspected a drone factory", "watched the launch".
pub const PRESENCE_VERBS: &[&str] = &[
    "oversees", "oversaw", "overseen", "oversee", "overseeing", "inspects", "inspected", "inspect", "inspecting", "watched", "watches",
    "attended", "attends", "toured", "tours", "supervised", "supervises", "guided", "guides",
];

/// Services that speak as themselves: "Police said ..." takes up no other body that spoke
/// before, only one whose name has one of the words given with the service's.
pub const SERVICES_OF_THEIR_OWN: &[(&str, &[&str])] = &[
    ("police", &["police"]),
    ("customs", &["customs"]),
    ("prosecutors", &["prosecutor", "prosecutors", "prosecution"]),
    ("investigators", &["investigative", "investigation", "investigations", "investigators"]),
    ("firefighters", &["fire", "emergency", "emergencies"]),
    ("rescuers", &["rescue", "emergency", "emergencies"]),
    ("coastguard", &["coastguard", "guard"]),
    ("paramedics", &["ambulance", "medical", "emergency"]),
];

/// Adverbs that make a present-tense cue a habit of saying nothing, no statement: "Kyiv rarely
/// confirms strikes inside Russia", "The ministry seldom comments on losses". (Not "Mr. Obama
/// often says": what is said often is said.)
pub const HABIT_ADVERBS: &[&str] = &["rarely", "seldom", "never"];

/// Words between a source and its cue that belong to neither.
pub const CUE_ADVERBS: &[&str] = &[
    "also", "further", "previously", "reportedly", "later", "earlier", "then", "has", "have", "had",
    "publicly", "officially", "repeatedly", "once", "again", "first", "separately", "had", "has",
    "now", "recently", "initially", "subsequently", "even", "only", "already", "too", "is", "was",
    "are", "were", "will", "would", "could", "should", "may", "might", "did", "does", "do", "not",
    "never", "just", "still", "frequently", "often", "privately", "flatly", "quickly", "bluntly",
    "openly", "angrily", "have", "long", "loudly", "n't", "ever",
];

/// Pronouns standing for a source.
pub const PRONOUNS: &[&str] = &["it", "he", "she", "they", "we", "i"];

/// Nouns naming a source by what it is rather than who ("officials said", "the statement read").
pub const SOURCE_NOUNS: &[&str] = &[
    "release", "statement", "report", "officials", "official", "sources", "source", "spokesman",
    "spokeswoman", "spokesperson", "analysts", "experts", "witnesses", "residents", "ministry",
    "agency", "military", "government", "police", "authorities", "commander", "intelligence",
    "people", "observers", "monitors", "media", "outlet", "newspaper", "channel", "website",
    "group", "militia", "movement", "organization", "organisation", "monitor", "watchdog",
    "broadcaster", "daily", "ministers",
];

/// Words that mark a statement as hedged.
pub const HEDGES: &[&str] = &[
    "presumably", "likely", "possibly", "probably", "apparently", "perhaps", "may", "might",
    "could", "reportedly", "seemingly", "suspected", "believed", "estimated", "unclear", "appear",
    "appears", "appeared", "seem", "seems", "seemed", "unlikely",
];

/// Verbs of seeming: a cue of them ("Satellite images appear to show ...") hedges what it
/// introduces.
pub const SEEMING_VERBS: &[&str] = &["appear", "appears", "appeared", "seem", "seems", "seemed"];

/// Verbs by which evidence shows something after a verb of seeming ("appear to show", "seems to
/// indicate").
pub const SHOWING_VERBS: &[&str] = &["show", "indicate", "depict", "suggest", "confirm", "reveal"];

/// Verbs by which evidence shows what it holds as the subject of its clause ("Satellite images
/// show ...", "Geolocated footage indicates ..."), read by the evidence rule of the claims.
pub const EVIDENCE_SHOWING: &[&str] = &["shows", "show", "indicates", "suggests"];

/// Words that mark a statement as an allegation.
pub const ALLEGATION_WORDS: &[&str] = &["allegedly", "purportedly", "alleged", "purported", "supposedly"];

/// Phrases with which an outlet says it could not check a claim.
pub const UNVERIFIED_PHRASES: &[&str] = &[
    "cannot establish", "could not establish", "can not establish", "cannot verify",
    "could not verify", "could not independently verify", "cannot independently verify",
    "unable to verify", "unable to independently verify", "could not be independently verified",
    "cannot be independently verified", "has not been verified", "have not been verified",
    "could not be verified", "cannot be verified", "could not be confirmed", "could not be independently confirmed",
    "could not confirm", "cannot confirm", "unable to confirm", "not independently confirmed",
    "could not independently confirm", "cannot independently confirm", "unable to independently confirm",
    "unverified", "unconfirmed", "did not provide evidence", "did not offer evidence", "did not present evidence",
    "did not provide any evidence", "did not present any evidence", "presented no evidence", "provided no evidence",
    "offered no evidence", "gave no evidence", "without providing evidence", "without offering evidence",
    "not been able to verify", "not been able to independently verify", "not able to verify",
    "not been able to confirm", "not been able to independently confirm", "has not independently verified",
    "have not independently verified", "claim has not been confirmed", "claims have not been confirmed",
    "report has not been confirmed", "reports have not been confirmed", "figures have not been confirmed",
    "not observed confirmation", "not observed visual confirmation",
];

/// Phrases that say a claim cannot be checked, with no one doing the checking ("the true figures
/// were impossible to verify"): unverified, like [`UNVERIFIED_PHRASES`], and a caveat cut from
/// the content it follows, like [`PASSIVE_CAVEATS`].
pub const DIFFICULT_TO_VERIFY: &[&str] = &[
    "impossible to verify", "impossible to independently verify", "impossible to confirm", "not possible to verify",
    "not possible to independently verify", "difficult to verify", "difficult to independently verify", "hard to verify",
];

/// The phrases of [`UNVERIFIED_PHRASES`] and [`DIFFICULT_TO_VERIFY`].
pub fn unverified_phrases() -> impl Iterator<Item = &'static &'static str> {
    UNVERIFIED_PHRASES.iter().chain(DIFFICULT_TO_VERIFY)
}

/// Documents an author publishes, whose later mentions ("the report said", "The findings could
/// not be verified") stand for that author.
pub const REPORT_WORDS: &[&str] = &["report", "study", "findings", "assessment", "analysis", "survey", "investigation", "research"];

/// Words of a heading before a colon ("Key Takeaways:"), which is no speaker's label.
pub const HEADING_WORDS: &[&str] = &[
    "takeaways", "takeaway", "highlights", "summary", "background", "context", "analysis",
    "timeline", "explainer", "factbox", "live", "latest", "breaking", "exclusive", "opinion",
    "key", "what", "why", "how", "investigation", "insight", "editorial", "commentary", "interview",
    "verified", "transcript", "excerpt", "excerpts", "update", "updated", "correction",
    // ("Morning Brief: Sudan, Myanmar and the Sahel")
    "brief", "briefing", "newsletter", "digest", "roundup", "wrap",
];

/// Caveats in the passive, which an outlet adds to a claim ("..., but the video could not be
/// independently verified"): cut from the content they follow.
pub const PASSIVE_CAVEATS: &[&str] = &[
    "could not be independently verified", "could not be verified", "cannot be independently verified",
    "cannot be verified", "has not been verified", "have not been verified", "could not be confirmed",
    "could not be independently confirmed", "not independently confirmed", "has not been independently verified",
    "claim has not been confirmed", "claims have not been confirmed", "report has not been confirmed",
    "reports have not been confirmed",
];

/// Words of a cue that take a statement back ("withdrew an earlier claim", "retracted its
/// report", "walked back"): the claim is retracted.
pub const RETRACTION_WORDS: &[&str] = &["withdrew", "withdrawn", "retracted", "retracts", "retract", "recanted", "disavowed"];

/// What people carry on them ("carrying forged identity papers", "carrying flags"): no cargo
/// moved.
pub const CARRIED_ON_ONESELF: &[&str] = &[
    "papers", "passports", "passport", "ids", "cards", "card", "flags", "flag", "banners", "placards", "signs", "phones",
    "phone", "backpacks",
];

/// Nouns of information about a happening ("details of the fighting", "reports of clashes"):
/// the happening they are of is the last of its kind told before, when one was; "details of any
/// casualties" names none at all.
pub const INFORMATION_NOUNS: &[&str] = &["details", "detail", "reports", "report", "claims"];

/// Heads of a source phrase naming people who speak for a government ("Ukrainian officials",
/// "a South Korean military official", "Russian authorities").
pub const OFFICIAL_HEADS: &[&str] = &[
    "official", "officials", "authorities", "government", "diplomat", "diplomats", "spokesman", "spokeswoman",
    "spokesperson", "minister", "ministers", "commander", "commanders", "envoy",
];

/// Heads of private people and firms, through whom a nationality does not speak ("the ship's
/// Greek manager", "a Norlandic blogger"); after other heads it speaks as a side ("Ukrainian
/// police", "a South Korean lawmaker", "Russian state TV").
pub const PRIVATE_ROLES: &[&str] = &[
    "manager", "managers", "owner", "owners", "shipowner", "operator", "operators", "employee", "employees",
    "worker", "workers", "crew", "captain", "master", "sailor", "sailors", "passenger", "passengers", "driver",
    "drivers", "businessman", "businesswoman", "businessmen", "tourist", "tourists", "student", "students",
    "blogger", "bloggers", "man", "woman", "men", "women", "company", "firm", "citizen", "national", "lawyer",
];

/// Cues that, negated, say a statement was not made ("has not acknowledged", "did not
/// confirm", "has not commented", "did not mention troops", "did not give details", "did not
/// say they had fought", "has not denied the reports").
pub const UNGIVEN_STATEMENTS: &[&str] = &[
    "acknowledged", "acknowledge", "confirmed", "confirm", "commented", "comment", "admitted", "admit",
    "mention", "mentioned", "elaborate", "specify", "give", "details", "say", "said", "state", "stated",
    "claim", "claimed", "deny", "denied",
    // ("Neither side mentions the troops", a timeline's present tense.)
    "mentions", "comments", "confirms", "acknowledges", "says", "states", "claims", "denies", "admits",
    // ("Russia does not disclose its casualty figures", "Kyiv does not publish its own losses";
    // not "did not reveal any damage", a finding, nor "did not report any casualties".)
    "disclose", "disclosed", "publish", "published",
];

/// Words with which a verification caveat names figures ("could not verify the figures"): it
/// is about the claims that give a number.
pub const FIGURE_WORDS: &[&str] = &["figures", "numbers", "toll", "tolls", "tally"];

/// Words that open a subordinate clause: a source never starts with one, and no quotation
/// before one is what the cue after it says.
pub const SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "whereas", "because", "when", "after", "before", "since", "if",
    "where", "unless",
];

/// Phrases that deny.
pub const DENIAL_PHRASES: &[&str] = &[
    "fake news", "not true", "untrue", "hoax", "baseless", "groundless", "fabricated", "a fabrication", "sheer fabrication", "complete fabrication", "total fabrication",
    "pure fabrication", "utter fabrication", "fabrications", "false claims", "no knowledge of",
    "nothing to do with", "absurd fiction", "pure fiction", "nonsense", "smear campaign",
    "blatant lie", "outright lie", "barefaced lie", "complete lie", "total lie", "pack of lies", "is a lie",
    "are a lie", "was a lie", "were a lie", "are lies", "were lies",
];

/// Reports and claims named at the opening of a content, which a word of [`DISMISSIVE_WORDS`]
/// after them dismisses ("called the reports 'a provocation'", "called the Russian account an
/// information operation"): a determiner of [`REPORT_DETERMINERS`], up to two modifiers, and a
/// noun of [`REPORT_NOUNS`] (see `claims::report_phrase_len`).
/// (Not "that": "denied that the frozen accounts ..." opens a clause.)
pub const REPORT_DETERMINERS: &[&str] = &["the", "such", "these", "those", "this", "their", "its", "his", "her"];

/// See [`REPORT_DETERMINERS`].
pub const REPORT_NOUNS: &[&str] = &[
    "report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "rumours", "rumors",
    "rumour", "rumor", "account", "accounts", "statement", "statements", "assertion", "assertions", "version",
];

/// Words that dismiss a report as untrue.
pub const DISMISSIVE_WORDS: &[&str] = &[
    "provocation", "provocations", "propaganda", "disinformation", "speculation", "fantasy", "fantasies", "slander",
    "fiction", "lie", "lies", "fake", "fakes", "falsehood", "falsehoods", "hoax", "fabrication", "fabrications",
    "nonsense", "psyop",
];

/// Words before a "to" that is no direction of movement: "up to 200 soldiers", "according to
/// officials", "close to a school", "in response to shelling".
pub const NOT_A_DIRECTION_BEFORE_TO: &[&str] =
    &["up", "according", "due", "close", "next", "prior", "response", "owing", "similar", "compared", "addition", "thanks", "near", "opposed"];

/// Words before an "as" that compares rather than opening a clause: "such as", "as well as",
/// "as soon as", "as long as", "as far as", "as much as", "as many as", "the same as".
pub const AS_COMPARISONS: &[&str] = &["such", "well", "soon", "long", "far", "much", "many", "same", "just"];

/// Adverbs that open a sentence to link it to the one before ("Meanwhile, ...", "However, ..."),
/// followed by a comma.
pub const SENTENCE_CONNECTIVES: &[&str] =
    &["meanwhile", "however", "still", "also", "moreover", "furthermore", "nevertheless", "nonetheless", "separately", "instead"];

/// Words opening a noun phrase that brings in someone new ("a local official", "another
/// official", "two officials"), who is no earlier source described again.
pub const INDEFINITE_OPENERS: &[&str] = &["a", "an", "another", "one", "two", "three", "several", "some", "many", "other"];

/// Adjectives that dismiss reports when they are what the reports are called, right after them
/// ("called the reports false"); not counted further on, where they may qualify something else.
pub const DISMISSIVE_ADJECTIVES: &[&str] = &["false", "baseless", "groundless", "untrue", "unfounded", "absurd", "fabricated", "ridiculous"];

/// Phrases of evidence, matched in lower case; the first matching group wins over later ones
/// for the same words (a "satellite image" is not also a plain photo).
pub const EVIDENCE_PHRASES: &[(&str, Evidence)] = &[
    ("satellite image", Evidence::SatelliteImagery),
    ("satellite imagery", Evidence::SatelliteImagery),
    ("satellite photo", Evidence::SatelliteImagery),
    ("satellite picture", Evidence::SatelliteImagery),
    ("radar", Evidence::Radar),
    ("press release", Evidence::PressRelease),
    ("statement", Evidence::PressRelease),
    ("state media", Evidence::StateMedia),
    ("state news", Evidence::StateMedia),
    ("state television", Evidence::StateMedia),
    ("state tv", Evidence::StateMedia),
    ("state-run", Evidence::StateMedia),
    ("state broadcaster", Evidence::StateMedia),
    ("kcna", Evidence::StateMedia),
    ("tass", Evidence::StateMedia),
    ("ria novosti", Evidence::StateMedia),
    ("xinhua", Evidence::StateMedia),
    ("video", Evidence::Video),
    ("footage", Evidence::Video),
    ("photo", Evidence::Photo),
    ("photograph", Evidence::Photo),
    ("picture", Evidence::Photo),
    ("image", Evidence::Photo),
    ("document", Evidence::Document),
    ("leaked", Evidence::Document),
    ("indictment", Evidence::Document),
    ("charge sheet", Evidence::Document),
    ("court filing", Evidence::Document),
    // ("a decree published on the government's legal information portal showed ...")
    ("decree published", Evidence::Document),
    ("published decree", Evidence::Document),
    ("official gazette", Evidence::Document),
    // (Not "five missiles were intercepted": intercepted messages, not weapons.)
    ("intercepted call", Evidence::Intercept),
    ("intercepted communication", Evidence::Intercept),
    ("intercepted conversation", Evidence::Intercept),
    ("intercepted radio", Evidence::Intercept),
    ("intercepted phone", Evidence::Intercept),
    ("intercepted message", Evidence::Intercept),
    ("intercepted audio", Evidence::Intercept),
    ("intercepted recording", Evidence::Intercept),
    ("radio intercept", Evidence::Intercept),
    ("audio intercept", Evidence::Intercept),
    ("phone intercept", Evidence::Intercept),
    ("intercepts of", Evidence::Intercept),
    ("intercepts show", Evidence::Intercept),
    ("wiretap", Evidence::Intercept),
    ("testimony", Evidence::Testimony),
    ("testified", Evidence::Testimony),
    ("interrogat", Evidence::Testimony),
    // (What prisoners say, not their exchange: "swapped 103 prisoners of war".)
    ("prisoners of war said", Evidence::Testimony),
    ("prisoners of war told", Evidence::Testimony),
    ("eyewitness", Evidence::Eyewitness),
    ("witnesses", Evidence::Eyewitness),
    ("residents said", Evidence::Eyewitness),
];

/// Nouns after an evidence word that make it the name of equipment ("radar vehicles") or of a
/// way of speaking ("in his nightly video address"), not evidence.
pub const EVIDENCE_EQUIPMENT_NOUNS: &[&str] = &[
    "vehicle", "station", "system", "site", "installation", "unit", "equipment", "launcher",
    "truck", "array", "complex", "address", "message", "call", "conference", "link",
];

/// Words right before "image" (or one word further) that make it a reputation, not a picture
/// ("tarnishing the image of", "its public image", "the country's international image").
pub const REPUTATION_WORDS: &[&str] = &[
    "tarnish", "tarnishes", "tarnished", "tarnishing", "damage", "damages", "damaged", "damaging", "improve", "improves",
    "improved", "improving", "burnish", "burnishing", "polish", "polishing", "boost", "boosting", "restore", "restoring",
    "public", "international", "brand",
];

/// Caption credit words: "Photo: X", "Video: X", "Satellite image: X".
pub const CREDIT_WORDS: &[(&str, Evidence)] = &[
    ("photo", Evidence::Photo),
    ("photos", Evidence::Photo),
    ("image", Evidence::Photo),
    ("images", Evidence::Photo),
    ("picture", Evidence::Photo),
    ("credit", Evidence::Photo),
    ("video", Evidence::Video),
    ("footage", Evidence::Video),
    ("imagery", Evidence::SatelliteImagery),
];

/// Words that say a claim confirms another one.
pub const CORROBORATION_CUES: &[&str] = &[
    "corroborated", "corroborates", "corroborating", "corroborate", "confirmed", "confirms",
    "echoed", "echoes", "matched", "matches", "supports", "supported", "backs", "backed",
    "confirming", "echoing", "matching", "supporting", "backing",
];

/// One entry of the event vocabulary.
#[derive(Clone, Copy, Debug)]
pub struct Trigger {
    pub form: &'static str,
    pub event_type: &'static str,
    pub plover: Option<&'static str>,
    /// A verb form (times and places attach to verbs before nouns).
    pub verb: bool,
}

const fn t(form: &'static str, event_type: &'static str, plover: Option<&'static str>, verb: bool) -> Trigger {
    Trigger { form, event_type, plover, verb }
}

const MOB: Option<&str> = Some("MOBILIZE");

/// Event triggers: word form -> event type in sitrep's vocabulary, with the PLOVER code.
pub const TRIGGERS: &[Trigger] = &[
    t("transported", "transport", MOB, true),
    t("transporting", "transport", MOB, true),
    t("transport", "transport", MOB, false),
    t("transportation", "transport", MOB, false),
    t("shipped", "transport", MOB, true),
    t("ferried", "transport", MOB, true),
    t("carried", "transport", MOB, true),
    t("carry", "transport", MOB, true),
    t("carries", "transport", MOB, true),
    t("carrying", "transport", MOB, true),
    // "made at least 11 round trips between Rajin and Vostochny" (guarded in `events.rs`: a
    // route between places).
    t("trips", "transport", MOB, false),
    t("voyages", "transport", MOB, false),
    t("airlifted", "transport", MOB, true),
    t("movements", "transport", MOB, false),
    t("moved", "transport", MOB, true),
    t("deployed", "deploy", MOB, true),
    t("deploying", "deploy", MOB, true),
    t("deploy", "deploy", MOB, true),
    t("deploys", "deploy", MOB, true),
    t("deployment", "deploy", MOB, false),
    t("deployments", "deploy", MOB, false),
    t("dispatched", "deploy", MOB, true),
    t("redeployed", "deploy", MOB, true),
    t("sent", "deploy", MOB, true),
    t("scrambled", "deploy", MOB, true),
    t("scrambles", "deploy", MOB, true),
    t("stationed", "station", MOB, true),
    t("dispersed", "station", MOB, true),
    t("garrisoned", "station", MOB, true),
    t("based", "station", MOB, true),
    t("positioned", "station", MOB, true),
    // "11 Su-34 bombers parked at the Saky air base" (guarded in `events.rs`: aircraft or
    // armour before it, a place after; not cars parked at a market).
    t("parked", "station", MOB, true),
    // "An Azerbaijan Airlines passenger jet crashed near Aktau", "a ferry capsized on Lake Kivu":
    // an accident, no one's act (guarded in `events.rs`: not a drone or missile that "crashed
    // into" a building). PLOVER has no category for it.
    t("crashed", "accident", None, true),
    t("capsized", "accident", None, true),
    t("derailed", "accident", None, true),
    t("collided", "accident", None, true),
    // "showed the Yamal moored at its berth in Feodosia" (guarded in `events.rs`: a vessel
    // before it, a place after).
    t("moored", "station", MOB, true),
    t("docked", "station", MOB, true),
    t("anchored", "station", MOB, true),
    t("gathered", "gather", MOB, true),
    t("assembled", "gather", MOB, true),
    t("massed", "gather", MOB, true),
    t("concentrated", "gather", MOB, true),
    t("concentration", "gather", MOB, false),
    t("buildup", "gather", MOB, false),
    // "A North Korean soldier defected across the border": a soldier or official going over to
    // the other side (no PLOVER category fits).
    t("defected", "defect", None, true),
    t("defects", "defect", None, true),
    t("defection", "defect", None, false),
    t("defections", "defect", None, false),
    t("arrived", "arrive", MOB, true),
    t("arrives", "arrive", MOB, true),
    t("arriving", "arrive", MOB, true),
    // Forces reaching a place ("the first units reached Kursk"): see the guard in `events.rs`.
    t("reached", "arrive", MOB, true),
    t("reaches", "arrive", MOB, true),
    // Forces entering another's ground ("crossed into Varn", "crossed the border"): see the guard
    // in `events.rs`.
    t("crossed", "cross", MOB, true),
    t("crosses", "cross", MOB, true),
    t("cross", "cross", MOB, true),
    t("entered", "cross", MOB, true),
    t("enter", "cross", MOB, true),
    t("enters", "cross", MOB, true),
    t("arrival", "arrive", MOB, false),
    t("training", "train", None, false),
    t("trained", "train", None, true),
    t("drills", "train", None, false),
    t("exercises", "train", None, false),
    t("inspected", "inspect", Some("CONSULT"), true),
    t("inspecting", "inspect", Some("CONSULT"), true),
    t("inspection", "inspect", Some("CONSULT"), false),
    t("visited", "visit", Some("CONSULT"), true),
    t("visiting", "visit", Some("CONSULT"), true),
    t("visit", "visit", Some("CONSULT"), false),
    t("toured", "visit", Some("CONSULT"), true),
    t("met", "meet", Some("CONSULT"), true),
    t("talks", "meet", Some("CONSULT"), false),
    t("deliveries", "supply", Some("AID"), false),
    t("delivery", "supply", Some("AID"), false),
    t("delivered", "supply", Some("AID"), true),
    t("supplied", "supply", Some("AID"), true),
    t("provided", "supply", Some("AID"), true),
    t("provide", "supply", Some("AID"), true),
    t("provides", "supply", Some("AID"), true),
    t("supplying", "supply", Some("AID"), true),
    t("supplies", "supply", Some("AID"), false),
    t("shipments", "supply", Some("AID"), false),
    t("transfers", "supply", Some("AID"), false),
    t("issued", "issue", None, true),
    t("attacked", "attack", Some("ASSAULT"), true),
    // "Protesters stormed the compound of the French embassy" (guarded in `events.rs`: a
    // building or compound stormed, not a stage or the charts).
    t("stormed", "attack", Some("ASSAULT"), true),
    // "Russian forces had blown up the Kakhovka dam", "Ukraine had sabotaged the dam" (guarded
    // in `events.rs`: a structure destroyed, not "blew up at reporters", "sabotaged the talks").
    t("blown", "attack", Some("ASSAULT"), true),
    t("blew", "attack", Some("ASSAULT"), true),
    t("sabotaged", "attack", Some("ASSAULT"), true),
    // "Russian troops executed three Ukrainian soldiers", "the execution of captured soldiers"
    // (guarded in `events.rs`: people executed, not "executed a plan" or "the execution of
    // orders").
    t("executed", "attack", Some("ASSAULT"), true),
    t("execution", "attack", Some("ASSAULT"), false),
    t("executions", "attack", Some("ASSAULT"), false),
    t("storming", "attack", Some("ASSAULT"), true),
    // Arson ("set fire to a market", "torched homes", "burned dozens of houses"): see the guards
    // in `events.rs`.
    t("torched", "attack", Some("ASSAULT"), true),
    t("set", "attack", Some("ASSAULT"), true),
    t("burned", "attack", Some("ASSAULT"), true),
    t("burnt", "attack", Some("ASSAULT"), true),
    t("attack", "attack", Some("ASSAULT"), false),
    t("attacks", "attack", Some("ASSAULT"), false),
    t("assault", "attack", Some("ASSAULT"), false),
    t("assaults", "attack", Some("ASSAULT"), false),
    t("struck", "attack", Some("ASSAULT"), true),
    // "hit a Su-24 bomber", "a missile hit the depot"; "downed 41 drones" (guarded in
    // `events.rs`: a weapon or target near, not "hit a record").
    t("hit", "attack", Some("ASSAULT"), true),
    t("downed", "attack", Some("ASSAULT"), true),
    t("strike", "attack", Some("ASSAULT"), false),
    t("strikes", "attack", Some("ASSAULT"), false),
    t("shelled", "attack", Some("ASSAULT"), true),
    t("shelling", "attack", Some("ASSAULT"), false),
    t("bombed", "attack", Some("ASSAULT"), true),
    t("dropped", "attack", Some("ASSAULT"), true),
    t("airstrike", "attack", Some("ASSAULT"), false),
    t("airstrikes", "attack", Some("ASSAULT"), false),
    t("killed", "casualties", Some("ASSAULT"), true),
    t("wounded", "casualties", Some("ASSAULT"), true),
    t("injured", "casualties", Some("ASSAULT"), true),
    // "more than 100 demonstrators had been hurt" (guarded in `events.rs`: people hurt, not
    // "sanctions hurt the economy").
    t("hurt", "casualties", Some("ASSAULT"), true),
    t("casualties", "casualties", Some("ASSAULT"), false),
    t("losses", "casualties", Some("ASSAULT"), false),
    t("lost", "casualties", Some("ASSAULT"), true),
    t("recruited", "recruit", MOB, true),
    t("recruiting", "recruit", MOB, true),
    t("conscripted", "recruit", MOB, true),
    t("mobilized", "recruit", MOB, true),
    t("mobilised", "recruit", MOB, true),
    t("created", "form", MOB, true),
    t("formed", "form", MOB, true),
    t("established", "form", MOB, true),
    // PLOVER has no SEIZE category: taking territory, people or property is a mode of COERCE.
    t("captured", "seize", Some("COERCE"), true),
    t("seized", "seize", Some("COERCE"), true),
    t("liberated", "seize", Some("COERCE"), true),
    // "took Selydove", "had taken full control of El Fasher" (guarded in `events.rs`: only with
    // a place after it, not "took part", "taken into account").
    t("took", "seize", Some("COERCE"), true),
    t("taken", "seize", Some("COERCE"), true),
    t("takes", "seize", Some("COERCE"), true),
    // A place that "fell" or "had fallen" was taken (guarded in `events.rs`: not "prices fell").
    t("fell", "seize", Some("COERCE"), true),
    t("fallen", "seize", Some("COERCE"), true),
    t("withdrew", "withdraw", Some("RETREAT"), true),
    t("withdrawn", "withdraw", Some("RETREAT"), true),
    t("retreated", "withdraw", Some("RETREAT"), true),
    t("protested", "protest", Some("PROTEST"), true),
    t("sanctioned", "sanction", Some("SANCTION"), true),
    t("sanctions", "sanction", Some("SANCTION"), false),
    // An exchange of prisoners, each side releasing its captives ("swapped 206 prisoners of war",
    // "returned 103 prisoners", "a prisoner exchange"; guarded in `events.rs`: captives near).
    t("exchange", "release", Some("CONCEDE"), false),
    t("swap", "release", Some("CONCEDE"), false),
    t("swapped", "release", Some("CONCEDE"), true),
    t("exchanged", "release", Some("CONCEDE"), true),
    t("returned", "release", Some("CONCEDE"), true),
    // People leaving their homes for safety, ordered or fleeing: "ordered the evacuation of 27
    // villages", "displaced 400,000 people", "thousands fled" (guarded in `events.rs`: people or
    // places near). PLOVER has no category for it.
    t("evacuation", "displacement", None, false),
    t("evacuated", "displacement", None, true),
    t("displaced", "displacement", None, true),
    t("fled", "displacement", None, true),
    t("flee", "displacement", None, true),
    t("flees", "displacement", None, true),
    t("fleeing", "displacement", None, true),
    // ("forced about 200,000 from their homes", guarded in `events.rs`: homes after it.)
    t("forced", "displacement", None, true),
    t("launched", "launch", Some("ASSAULT"), true),
    t("launching", "launch", Some("ASSAULT"), true),
    // ("had watched the launch", "condemned the launch": a launch named again; guarded in
    // `events.rs`, a rocket, missile or satellite in its sentence.)
    t("launch", "launch", Some("ASSAULT"), false),
    // Intrusions into computer networks (guarded in `events.rs`: networks or systems near,
    // not "hacked to death", "breached the wall"). PLOVER has no category for them.
    t("hacked", "cyberattack", None, true),
    t("breached", "cyberattack", None, true),
    t("cyberattack", "cyberattack", None, false),
    t("cyberattacks", "cyberattack", None, false),
    t("intrusion", "cyberattack", None, false),
    // A weapon tested is a show of force (CAMEO's "exhibit force posture", in PLOVER's MOBILIZE);
    // guarded in `events.rs`: only with a weapon near ("tested a new missile", "a nuclear test").
    t("tested", "weapons_test", MOB, true),
    t("test-fired", "weapons_test", MOB, true),
    t("test", "weapons_test", MOB, false),
    t("tests", "weapons_test", MOB, false),
    t("left", "depart", MOB, true),
    t("departed", "depart", MOB, true),
    t("leave", "depart", MOB, true),
    t("leaves", "depart", MOB, true),
    t("sailed", "depart", MOB, true),
    t("escorted", "escort", MOB, true),
    // Armed clashes, explosions and other violence (ACLED's battles and remote violence).
    // "fighting" is a noun here, so that a compound ("fighting vehicles") is not an event.
    t("fighting", "fight", Some("ASSAULT"), false),
    t("clashes", "fight", Some("ASSAULT"), false),
    t("engaged", "fight", Some("ASSAULT"), true),
    t("battle", "fight", Some("ASSAULT"), false),
    t("battles", "fight", Some("ASSAULT"), false),
    t("firefight", "fight", Some("ASSAULT"), false),
    t("skirmishes", "fight", Some("ASSAULT"), false),
    t("explosion", "explosion", Some("ASSAULT"), false),
    t("explosions", "explosion", Some("ASSAULT"), false),
    t("blast", "explosion", Some("ASSAULT"), false),
    t("blasts", "explosion", Some("ASSAULT"), false),
    t("ambush", "attack", Some("ASSAULT"), false),
    // The tagger may read "shot" as a noun ("it shot down 52 drones"); guarded as "shoot".
    t("shot", "attack", Some("ASSAULT"), true),
    t("invasion", "attack", Some("ASSAULT"), false),
    t("offensive", "attack", Some("ASSAULT"), false),
    t("counteroffensive", "attack", Some("ASSAULT"), false),
    t("deaths", "casualties", Some("ASSAULT"), false),
    t("fatalities", "casualties", Some("ASSAULT"), false),
    // Coercion of people: arrests, detentions, expulsions, abductions.
    t("arrests", "arrest", Some("COERCE"), false),
    t("arrest", "arrest", Some("COERCE"), false),
    t("detention", "arrest", Some("COERCE"), false),
    t("abduction", "abduct", Some("ASSAULT"), false),
    // Protest.
    t("protests", "protest", Some("PROTEST"), false),
    t("protest", "protest", Some("PROTEST"), false),
    t("demonstrations", "protest", Some("PROTEST"), false),
    t("demonstration", "protest", Some("PROTEST"), false),
    t("riots", "protest", Some("PROTEST"), false),
    t("rioting", "protest", Some("PROTEST"), false),
    t("sit-in", "protest", Some("PROTEST"), false),
    t("bandh", "protest", Some("PROTEST"), false),
    t("hartal", "protest", Some("PROTEST"), false),
    t("dharna", "protest", Some("PROTEST"), false),
    t("agitation", "protest", Some("PROTEST"), false),
    t("walkout", "protest", Some("PROTEST"), false),
    // "rally" and "march" as nouns only with protesters near (not "a rally on Wall Street").
    t("rally", "protest", Some("PROTEST"), false),
    t("march", "protest", Some("PROTEST"), false),
    // Agreements, meetings and diplomatic protest.
    t("agreement", "agree", Some("AGREE"), false),
    t("treaty", "agree", Some("AGREE"), false),
    t("pact", "agree", Some("AGREE"), false),
    t("accord", "agree", Some("AGREE"), false),
    t("deal", "agree", Some("AGREE"), false),
    t("ceasefire", "agree", Some("AGREE"), false),
    t("truce", "agree", Some("AGREE"), false),
    t("meeting", "meet", Some("CONSULT"), false),
    t("summit", "meet", Some("CONSULT"), false),
    // The tagger's lemma of "freed" is wrong ("fre"), so the form is listed.
    t("freed", "release", Some("CONCEDE"), true),
];

/// Event triggers by the lemma of a verb, for the inflections [`TRIGGERS`] does not list
/// ("were flown", "relocating", "transfers", "amassed"). The word forms are tried first.
pub const TRIGGER_LEMMAS: &[Trigger] = &[
    t("transport", "transport", MOB, true),
    t("ship", "transport", MOB, true),
    t("ferry", "transport", MOB, true),
    t("airlift", "transport", MOB, true),
    // "fly" and "bring" only in the passive or with a direction, like "move" ("troops were
    // flown to ...", "were brought to the region by train").
    t("fly", "transport", MOB, true),
    t("bring", "transport", MOB, true),
    t("transfer", "transport", MOB, true),
    t("relocate", "transport", MOB, true),
    t("move", "transport", MOB, true),
    t("deploy", "deploy", MOB, true),
    t("redeploy", "deploy", MOB, true),
    t("dispatch", "deploy", MOB, true),
    t("send", "deploy", MOB, true),
    t("station", "station", MOB, true),
    t("garrison", "station", MOB, true),
    t("gather", "gather", MOB, true),
    t("assemble", "gather", MOB, true),
    t("mass", "gather", MOB, true),
    t("amass", "gather", MOB, true),
    t("arrive", "arrive", MOB, true),
    t("train", "train", None, true),
    t("inspect", "inspect", Some("CONSULT"), true),
    t("visit", "visit", Some("CONSULT"), true),
    t("tour", "visit", Some("CONSULT"), true),
    t("deliver", "supply", Some("AID"), true),
    t("supply", "supply", Some("AID"), true),
    t("attack", "attack", Some("ASSAULT"), true),
    t("shell", "attack", Some("ASSAULT"), true),
    t("bomb", "attack", Some("ASSAULT"), true),
    t("kill", "casualties", Some("ASSAULT"), true),
    t("lose", "casualties", Some("ASSAULT"), true),
    t("wound", "casualties", Some("ASSAULT"), true),
    t("injure", "casualties", Some("ASSAULT"), true),
    t("recruit", "recruit", MOB, true),
    // "ordering 160,000 men to be called up", "a call-up of reservists" (guarded in
    // `events.rs`: "up" after the verb, people near).
    t("called", "recruit", MOB, true),
    t("call", "recruit", MOB, true),
    t("calls", "recruit", MOB, true),
    t("calling", "recruit", MOB, true),
    t("call-up", "recruit", MOB, false),
    t("conscript", "recruit", MOB, true),
    t("mobilize", "recruit", MOB, true),
    t("mobilise", "recruit", MOB, true),
    t("capture", "seize", Some("COERCE"), true),
    t("recapture", "seize", Some("COERCE"), true),
    t("retake", "seize", Some("COERCE"), true),
    t("seize", "seize", Some("COERCE"), true),
    t("withdraw", "withdraw", Some("RETREAT"), true),
    t("retreat", "withdraw", Some("RETREAT"), true),
    t("protest", "protest", Some("PROTEST"), true),
    t("sanction", "sanction", Some("SANCTION"), true),
    t("depart", "depart", MOB, true),
    t("sail", "depart", MOB, true),
    t("escort", "escort", MOB, true),
    // Only forces advance here (see [`ARMED_OR_CROWD`]): not "talks advanced".
    t("advance", "advance", Some("ASSAULT"), true),
    t("fight", "fight", Some("ASSAULT"), true),
    t("clash", "fight", Some("ASSAULT"), true),
    t("explode", "explosion", Some("ASSAULT"), true),
    t("detonate", "explosion", Some("ASSAULT"), true),
    t("ambush", "attack", Some("ASSAULT"), true),
    t("invade", "attack", Some("ASSAULT"), true),
    // "fire", "shoot", "destroy", "intercept" only at weapons or targets (see
    // `ARMS_AND_TARGETS`): not "fired the minister", "shot a video", "destroyed evidence".
    t("fire", "attack", Some("ASSAULT"), true),
    t("shoot", "attack", Some("ASSAULT"), true),
    t("destroy", "attack", Some("ASSAULT"), true),
    t("intercept", "intercept", None, true),
    t("die", "casualties", Some("ASSAULT"), true),
    // ("drowned when their boat capsized": deaths at sea, no assault.)
    t("drown", "casualties", None, true),
    t("arrest", "arrest", Some("COERCE"), true),
    t("detain", "arrest", Some("COERCE"), true),
    // "sentenced a former border guard to 11 years", "jails man for spying": a court's sentence.
    t("sentence", "sentence", Some("COERCE"), true),
    t("jail", "sentence", Some("COERCE"), true),
    t("imprison", "sentence", Some("COERCE"), true),
    t("convict", "sentence", Some("COERCE"), true),
    t("expel", "expel", Some("COERCE"), true),
    t("abduct", "abduct", Some("ASSAULT"), true),
    t("kidnap", "abduct", Some("ASSAULT"), true),
    t("riot", "protest", Some("PROTEST"), true),
    t("agitate", "protest", Some("PROTEST"), true),
    // Only with a crowd near (see [`PROTESTERS`]): "police dispersed the protesters".
    t("disperse", "disperse", Some("COERCE"), true),
    t("demonstrate", "protest", Some("PROTEST"), true),
    // "sign" only with an agreement named near it, "agree" only as "agreed to/on".
    t("sign", "agree", Some("AGREE"), true),
    t("agree", "agree", Some("AGREE"), true),
    t("meet", "meet", Some("CONSULT"), true),
    t("summon", "summon", Some("DISAPPROVE"), true),
    t("surrender", "surrender", Some("CONCEDE"), true),
    // "release" and "free" only with captives named near them (not "released a statement").
    t("release", "release", Some("CONCEDE"), true),
    t("free", "release", Some("CONCEDE"), true),
    t("evacuate", "displacement", None, true),
    // Only with protesters named near them (see [`PROTESTERS`]).
    t("rally", "protest", Some("PROTEST"), true),
    t("march", "protest", Some("PROTEST"), true),
];

/// Words after a trigger that make it part of a compound noun rather than an event
/// ("launch site", "training ground", "transport aircraft").
pub const TRIGGER_COMPOUND_BREAKERS: &[&str] = &[
    "site", "sites", "pad", "ground", "grounds", "aircraft", "plane", "planes", "ship", "ships",
    "vehicle", "vehicles", "camp", "camps", "center", "centre", "facility", "base",
    // "assault rifles", "an assault brigade", "assault troops", "assault boats"
    "rifle", "rifles", "brigade", "brigades", "troops", "unit", "units", "squad", "squads", "weapons",
    "charge", "charges", "boat", "boats",
    // "battle tank", "battle group", "fighting positions", "protest movement"
    "tank", "tanks", "group", "groups", "positions", "gear", "movement", "lines",
    "line", "cry", "hall", "room", "rooms", "point", "points",
    // "the main strike force", "a carrier strike group"
    "force", "forces", "package", "packages", "capability", "capabilities",
    // "attack drones", "attack helicopters": weapons named for what they do.
    "drone", "drones", "helicopter", "helicopters", "submarine", "submarines", "boat", "boats", "jets", "dogs",
];

/// Weapons, munitions and targets near "fire", "shoot", "destroy" or "intercept" that make it
/// an attack ("fired three missiles at", "destroyed two tanks", "intercepted 40 drones").
pub const ARMS_AND_TARGETS: &[&str] = &[
    "missile", "missiles", "rocket", "rockets", "shell", "shells", "drone", "drones", "artillery",
    "mortar", "mortars", "tank", "tanks", "vehicle", "vehicles", "aircraft", "jet", "jets",
    "helicopter", "helicopters", "warship", "warships", "depot", "depots", "bridge", "positions",
    "convoy", "convoys", "troops", "soldiers", "protesters", "civilians", "dead", "bullets",
    "shots", "rounds", "projectiles", "gunfire", "weapons", "launcher", "launchers", "radar",
    "bunker",
    // (Riot police's: "fired water cannon and tear gas", "fired rubber bullets".)
    "cannon", "gas", "grenades",
];

/// What a space launch puts up ("placed its first military reconnaissance satellite into orbit").
/// ("space" only as outer space: see `events.rs`.)
pub const SPACE_WORDS: &[&str] = &["satellite", "satellites", "orbit", "space", "spacecraft"];

/// What is launched in an attack: "launched" is an event only with one of these after it.
pub const LAUNCHED_THINGS: &[&str] = &[
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "attack", "attacks", "strike",
    "strikes", "airstrike", "airstrikes", "offensive", "counteroffensive", "assault", "raid", "raids",
    "shells", "projectiles", "barrage", "salvo", "bombardment", "invasion", "incursion", "torpedo",
];

/// What a cyber intrusion gets into: "breached the company's networks", "the intrusion into its
/// systems".
pub const NETWORK_WORDS: &[&str] = &[
    "network", "networks", "systems", "servers", "server", "accounts", "account", "database", "databases", "email", "emails",
    "computers", "computer", "software", "cyber", "hackers", "hacking", "malware",
];

/// Weapons whose testing is a weapons test ("tested a new solid-fuel missile", "a nuclear test").
pub const TESTED_WEAPONS: &[&str] = &[
    "missile", "missiles", "rocket", "rockets", "nuclear", "weapon", "weapons", "warhead", "warheads", "icbm", "icbms", "torpedo",
    "torpedoes", "hypersonic", "ballistic", "cruise",
];

/// The nouns of [`TESTED_WEAPONS`]: what "tested" takes as its object to be a weapons test.
pub const TESTED_WEAPON_NOUNS: &[&str] = &[
    "missile", "missiles", "rocket", "rockets", "weapon", "weapons", "warhead", "warheads", "icbm", "icbms", "torpedo", "torpedoes", "bomb",
];

/// Verbs of firing or launching a weapon.
pub const FIRING_WORDS: &[&str] = &["fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching"];

/// Verbs of sending people somewhere ("sending troops to fight"): what follows "to" is what they
/// were sent for.
pub const SENDING_WORDS: &[&str] = &[
    "send", "sends", "sent", "sending", "deploy", "deployed", "deploying", "dispatched", "dispatching", "shipped", "recruited", "recruiting",
];

/// Words of a launch's own clause that make firing a missile a test, not an attack: its flight
/// was tracked ("tracked its record flight"; "into the sea" is read in `events.rs`).
pub const TEST_FLIGHT_WORDS: &[&str] = &["test", "tests", "tested", "splashed", "flight", "altitude", "trajectory", "lofted", "apogee"];

/// What else is launched: a campaign of words or a product ("launched a charm offensive").
pub const CAMPAIGN_WORDS: &[&str] = &[
    "charm", "diplomatic", "media", "marketing", "campaign", "website", "investigation", "probe",
    "inquiry", "bid", "app", "product", "appeal",
];

/// What can be shot down: "shot down" is an attack only with one of these after it.
pub const AIRBORNE: &[&str] = &[
    "drone", "drones", "missile", "missiles", "jet", "jets", "aircraft", "plane", "planes",
    "helicopter", "helicopters", "rocket", "rockets", "balloon", "fighter", "bomber", "bombers",
];

/// What one releases that is no captive ("released footage of soldiers").
pub const RELEASED_RECORDS: &[&str] = &[
    "footage", "video", "videos", "images", "photos", "photographs", "statement", "figures",
    "data", "details", "names", "report", "list", "recording", "documents", "letter",
];

/// Words between a fight and what it is against: "fought back against its critics".
pub const FIGHT_LINKS: &[&str] = &[
    "back", "against", "with", "over", "off", "the", "a", "an", "its", "his", "her", "their", "our", "long",
];

/// Contests that are no armed fight: "a legal battle", "clashed over the budget".
pub const NON_ARMED_CONTESTS: &[&str] = &[
    "legal", "court", "political", "uphill", "election", "nomination", "custody", "bidding",
    "budget", "policy", "verbal", "courtroom",
];

/// Who clashes in arms or in the street.
pub const ARMED_OR_CROWD: &[&str] = &[
    "troops", "soldiers", "forces", "police", "protesters", "protestors", "demonstrators",
    "militants", "rebels", "gunmen", "army", "fighters", "militia", "militias", "insurgents",
    "border", "armed", "guards", "separatists",
];

/// Natural hazards, whose strikes are disasters ("the earthquake that struck", "hit by a
/// typhoon"; see `hazard_at` in `events.rs` for "Storm Shadow missiles" and "a storm of
/// missiles").
pub const NATURAL_HAZARDS: &[&str] = &[
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "tsunami", "typhoon", "hurricane",
    "cyclone", "storm", "storms", "tornado", "flood", "floods", "flooding", "landslide", "landslides", "mudslide", "avalanche", "wildfire",
    "wildfires", "blizzard", "heatwave", "drought", "eruption", "lightning",
];

/// Words of violence near a death that make it a casualty of conflict.
pub const VIOLENCE_CONTEXT: &[&str] = &[
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "shelled",
    "bombing", "bombings", "bomb", "killed", "fighting", "clashes", "war", "combat", "wounds",
    "wounded", "injuries", "shot", "gunfire", "explosion", "blast", "missile", "missiles",
    "drone", "drones", "troops", "soldiers", "militants", "offensive", "battle", "front",
];

/// Agreements one signs: "sign" is an event only with one of these near it.
pub const AGREEMENT_WORDS: &[&str] = &[
    "agreement", "agreements", "treaty", "pact", "accord", "deal", "ceasefire", "truce",
    "memorandum", "contract", "declaration", "protocol",
];

/// People held captive: "release" and "free" are events only with these near them.
pub const CAPTIVE_WORDS: &[&str] = &[
    "prisoners", "prisoner", "hostages", "hostage", "detainees", "captives", "pows", "soldiers",
    "servicemen", "sailors", "civilians", "journalist", "journalists", "crew", "activists",
];

/// People who leave their homes in an evacuation or flight: "about 11,000 people would have to
/// leave", "thousands of residents fled".
pub const DISPLACED_PEOPLE: &[&str] = &[
    "people", "residents", "civilians", "families", "villagers", "inhabitants", "refugees", "thousands", "hundreds", "children",
    "population",
];

/// Words that say a crossing is a flight: "12,000 people have crossed into Chad, fleeing fresh
/// fighting", "refugees crossed the border".
pub const FLIGHT_WORDS: &[&str] = &["fleeing", "fled", "flee", "escaping", "escaped", "refugees", "refugee", "asylum", "displaced"];

/// Words of a research body's name, which news describes as a think tank: "the Institute for
/// the Study of War", "the Center for Strategic and International Studies", "the Brookings
/// Institution", "the RAND Corporation".
pub const THINK_TANK_NAME_WORDS: &[&str] = &[
    "institute", "institution", "center", "centre", "foundation", "forum", "project", "studies", "study", "corporation",
    "endowment", "society",
];

/// Nouns of a time of day that may follow "before" or "after" without being a clause's
/// subject: "Israeli forces before dawn raided the camp".
pub const TIME_NOUNS: &[&str] = &["dawn", "dusk", "daybreak", "sunrise", "sunset", "midnight", "noon", "nightfall", "midday", "lunch", "breakfast"];

/// Structures that may be blown up or sabotaged: "blew up the dam", "sabotaged the railway".
pub const STRUCTURES: &[&str] = &[
    "dam", "bridge", "bridges", "railway", "railways", "pipeline", "pipelines", "tunnel", "tunnels", "depot", "substation", "pylon",
    "pylons", "cable", "cables", "embankment", "dyke", "levee",
];

/// Who rallies or marches in a protest: "rally" and "march" are events only with these near.
pub const PROTESTERS: &[&str] = &[
    "protesters", "protestors", "demonstrators", "thousands", "hundreds", "supporters", "opponents",
    "crowds", "crowd", "activists", "students", "workers", "residents", "farmers", "protest", "organisers",
    "organizers",
];

/// Endings of a maker's mark: "Iranian-made drones" were made there, not sent by it.
pub const MAKERS_MARKS: &[&str] = &["-made", "-built", "-designed", "-produced", "-supplied", "-manufactured"];

/// Cues of an accusation kept out of [`CUE_VERBS`] (which feeds the attribution tagger's
/// features): what they introduce is alleged.
pub const ACCUSING_CUES: &[&str] = &["blames", "blamed", "blaming", "blame", "accuses", "accusing", "accuse"];

/// Verbs that charge someone with a deed named after the person: "charged Kirillov ... with
/// ordering", "accused the army of shelling", "blamed Moscow for the attack".
pub const CHARGING_VERBS: &[&str] = &[
    "charged", "charges", "charging", "charge", "indicted", "indicts", "accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming",
    "blame", "convicted", "suspected", "suspects",
];

/// Words by which a side says an attack on it failed: "repelled an attack", "thwarted a raid".
pub const REPELLING_WORDS: &[&str] = &[
    "repelled", "repulsed", "repel", "repels", "thwarted", "thwart", "foiled", "foil", "fended", "warded", "rebuffed",
];

/// People who are hurt: "hurt" is a toll only with these (or a number) near.
pub const PEOPLE_WORDS: &[&str] = &[
    "people", "person", "man", "woman", "men", "women", "children", "child", "civilians", "soldiers", "officers",
    "policemen", "protesters", "protestors", "demonstrators", "residents", "passengers", "workers", "journalists",
    "servicemen", "troops", "fighters", "others", "students", "crew",
];

/// What "fighting" is figuratively against: no armed clash.
pub const FIGURATIVE_FIGHTS: &[&str] = &[
    "corruption", "inflation", "crime", "poverty", "climate", "disease", "cancer", "fire", "fires",
    "words", "fraud", "terrorism", "disinformation", "misinformation", "critics", "criticism",
    "claims", "allegations", "tears", "odds", "illness", "addiction", "racism", "sexism",
    "charges", "regulators", "ruling", "decision",
];

/// Event types whose "by X" is the vehicle that carries ("transported by four landing ships");
/// for the others "by X" is the agent ("supplied by Iran", "deployed by Moscow").
pub const MOVEMENT_EVENTS: &[&str] = &["transport", "escort", "arrive", "depart"];

/// Event types of forces on the move, whose passive subject ("North Korean troops were
/// deployed") is still recorded as the actor.
pub const FORCE_MOVEMENTS: &[&str] = &["transport", "deploy", "station", "gather", "arrive", "depart", "train", "escort", "cross"];

/// Nouns of places that a nationality before them locates ("the Iranian port of Amirabad", "a
/// Russian border town"): the nationality is no actor there.
pub const PLACE_NOUNS: &[&str] = &[
    "port", "ports", "harbor", "harbour", "city", "cities", "town", "towns", "village", "villages", "region", "regions",
    "border", "coast", "waters", "capital", "territory", "soil", "airspace", "province", "oblast", "island", "islands",
];

/// Adjectives that judge a kind of happening in general ("movements of equipment are unusual",
/// "such strikes are rare"), read also after "un" ("uncommon"): no happening is told.
pub const GENERIC_JUDGEMENTS: &[&str] = &["usual", "rare", "common", "frequent", "typical", "normal", "routine", "commonplace"];

/// Nouns of facilities a cargo or force is taken to ("to the port of Olya", "to an airbase in
/// X"): a destination even where the gazetteer lacks the place.
pub const FACILITY_NOUNS: &[&str] = &["port", "harbor", "harbour", "base", "airfield", "airbase", "terminal"];

/// Who crosses into a place or over a border as an event (see the guard in `events.rs`).
pub const CROSSING_FORCES: &[&str] = &[
    "troops", "soldiers", "soldier", "forces", "fighters", "militants", "servicemen", "mercenaries", "army", "units", "column", "convoy",
    "tanks", "vehicles", "battalion", "brigade", "group", "saboteurs", "commandos", "marines", "paratroopers",
    "ship", "ships", "warship", "warships", "vessel", "vessels", "submarine", "submarines", "aircraft", "jets", "drones",
];

/// Who enters another's waters, sky or ground as an incursion ("no vessel entered Finnish
/// waters", "drones entered Polish airspace"): armed forces, not any convoy or vehicle.
pub const ENTERING_FORCES: &[&str] = &[
    "troops", "soldiers", "forces", "fighters", "militants", "servicemen", "mercenaries", "army", "navy", "units", "battalion",
    "brigade", "saboteurs", "commandos", "marines", "paratroopers", "tanks", "warship", "warships", "vessel", "vessels",
    "ship", "ships", "submarine", "submarines", "aircraft", "jets", "drones", "fighter", "bombers", "helicopters",
];

/// Verbs after which "at X" is where a cargo sets out ("were loaded at the port of Amirabad").
pub const LOADING_VERBS: &[&str] = &["loaded", "embarked", "boarded", "loading", "embarking"];

/// Verbs after which "at X" is where a cargo arrives ("being unloaded at Olya").
pub const UNLOADING_VERBS: &[&str] = &["unloaded", "offloaded", "disembarked", "unloading", "offloading"];

/// Auxiliaries between a subject and its verb ("Georgia has summoned").
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do",
];

/// Raising verbs between a subject and its verb ("North Korea appears to have supplied", "is
/// believed to have sent").
pub const RAISING_WORDS: &[&str] = &[
    "appears", "appear", "appeared", "seems", "seem", "seemed", "to", "believed", "thought",
    "said", "reported", "alleged", "likely", "expected", "been", "be",
];

/// Words after "moved" that give it a direction, making it a transport.
pub const MOVE_DIRECTIONS: &[&str] = &["from", "to", "into", "toward", "towards", "out", "across", "by"];

/// Words in a sentence that make a "strike" a labour dispute rather than an attack.
pub const LABOUR_WORDS: &[&str] = &[
    "workers", "union", "unions", "walkout", "walked", "pay", "wage", "wages", "crews", "crew",
    "staff", "employees", "picket", "pickets", "strikers", "salary", "salaries", "pension",
    "pensions",
];

/// Words around a supply trigger that make it an arms transfer.
pub const ARMS_WORDS: &[&str] = &[
    "arms", "weapons", "weapon", "ammunition", "munitions", "shells", "missiles", "rockets",
    "artillery", "drones", "tanks", "guns", "launchers", "howitzers", "rifles", "grenades",
    "landmines", "ballistic", "warheads", "interceptors",
];

/// Words before a trigger that make the event expected rather than past.
pub const EXPECTATION_WORDS: &[&str] = &[
    "will", "would", "shall", "expected", "set", "poised", "likely", "about", "going", "could",
    "may", "might", "soon", "expect", "expects",
];

/// Verbs of an order whose object is then to act or be acted on: "ordering 160,000 men to be
/// called up", "orders troops withdrawn".
pub const ORDERING_WORDS: &[&str] = &["ordered", "ordering", "orders", "decreed", "instructed", "instructing", "directed", "directing"];

/// Words around a trigger that make the event planned.
pub const PLAN_WORDS: &[&str] = &[
    "scheduled", "planned", "plans", "plan", "planning", "intends", "intend", "intended", "prepare",
    "preparing", "preparations", "vowed", "vows", "pledged", "pledges", "promised", "promises",
    "threatened", "threatens", "aims",
];

/// Verbs of appeal, after which "not to" asks rather than denies ("urged Moscow not to attack").
pub const APPEAL_VERBS: &[&str] = &[
    "urged", "urges", "urge", "warned", "warns", "warn", "asked", "asks", "ask", "told", "tells", "called", "calls", "pressed",
    "appealed", "begged",
];

/// Words of weighing an action, which make it planned only right before it: "considers sending
/// weapons", "is weighing sending troops" (not "a bomb weighing 1.5 tonnes hit", "considers the
/// strike a war crime").
pub const CONSIDERING_WORDS: &[&str] = &["considers", "consider", "considering", "weighs", "weighing", "mulls", "mulling"];

/// Words before a trigger that negate it.
pub const NEGATIONS: &[&str] = &["not", "never", "n't", "no"];

/// Counted nouns of people under arms: a count of these at a place is a presence.
pub const PERSONNEL_UNITS: &[&str] = &[
    "troops", "soldiers", "forces", "personnel", "officers", "fighters", "servicemen", "sailors",
    "marines", "mercenaries", "militants", "men",
];

/// Words that carry no content for claim comparison.
pub const STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "it", "its", "they", "their", "said", "says", "also", "which", "who", "as", "into",
    "than", "then", "there", "not", "but", "will", "would",
];

/// Openings of a denied content that refer back to an earlier claim ("denied the report").
pub const REFERRING_OPENERS: &[&str] = &[
    "the report", "the reports", "the claim", "the claims", "the allegation", "the allegations",
    "the accusation", "the accusations", "these reports", "these claims", "such reports",
    "such claims", "reports", "claims", "allegations", "accusations", "it ", "it,", "this",
    "that report", "the story", "the information", "the finding", "the findings", "the assessment", "the conclusion",
    "any involvement", "involvement", "the charges", "the charge", "the case against",
];

/// Words that end a source noun phrase when walking back from its head.
pub const NP_BREAKERS: &[&str] = &[
    "and", "but", "or", "that", "which", "who", "because", "if", "when", "while", "as", "after",
    "before", "since", "although", "though", "where", "whether", "than", "so", "said", "says",
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "to", "by", "in", "on", "at",
    "for", "with", "from", "into", "about", "not", "also", "it", "he", "she", "they", "we",
];

/// Words that are never the head of a source ("... the way it said").
pub const NOT_SOURCE_HEADS: &[&str] = &[
    "that", "which", "what", "this", "these", "those", "there", "here", "it's", "and", "but",
    "or", "so", "then", "also", "not", "be", "been", "is", "was", "are", "were", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "to", "of", "in",
    "on", "at", "by", "for", "with", "as", "than", "if", "when", "while", "because", "do", "does",
    "did", "just", "only", "even", "all", "both", "each", "more", "most", "less", "very", "too",
];

/// Words before a cue verb that the cue keeps, as PARC-style corpora mark it: auxiliaries,
/// negation and the adverbs of the verb group ("has said", "did not deny", "has also said").
pub const CUE_GROUP_WORDS: &[&str] = &[
    "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "did", "does", "do",
    "would", "will", "could", "can", "should", "may", "might", "must", "not", "never", "n't", "n’t",
    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "isn't", "isn’t", "wasn't", "wasn’t",
    "won't", "won’t", "wouldn't", "wouldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "can't",
    "can’t", "couldn't", "couldn’t", "also", "then", "just", "still", "already", "even", "now",
    "first", "later", "previously", "repeatedly", "publicly", "again", "once", "reportedly",
    "recently", "initially", "flatly", "openly", "truly", "successfully", "steadfastly",
];

/// Prepositions a cue takes along when its topic or target follows ("complained about",
/// "called for", "railed against", "accused her of").
pub const CUE_PREPOSITIONS: &[&str] = &["about", "against", "for", "of", "on", "with"];

/// Speech verbs after which a preposition starts the setting or the content, not the cue ("said
/// on Twitter", "said of the plan").
pub const PLAIN_SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "added", "adds", "announced", "reported", "recalled", "told",
    "wrote", "writes", "stated", "noted", "explained",
];

/// Words before a source name that belong to how the source is named ("Clinton spokesman Nick
/// Merrill", "Former President Bill Clinton", "Republican nominee Donald Trump").
pub const SOURCE_PREMODIFIERS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "nominee", "candidate", "president", "former",
    "longtime", "rival", "campaign", "director", "manager", "attorney", "adviser", "advisor", "aide",
    "chairman", "chairwoman", "chair", "leader", "senator", "secretary", "minister", "governor",
    "mayor", "gov.", "sen.", "rep.", "mr.", "mrs.", "ms.", "dr.", "gen.", "prof.", "del.", "rev.",
    "presidential", "vice-presidential", "democratic", "republican", "chief", "executive", "official",
    "commissioner", "prime", "general", "judge", "justice", "speaker", "strategist", "pollster",
    "analyst", "economist", "professor", "lawyer", "member", "staff", "press", "communications",
    "communication", "house", "white", "deputy", "senior", "top", "interim", "acting", "retired", "outgoing",
    "incoming",
];

/// Words that close a noun phrase at its left edge: the source keeps them and stops.
pub const SOURCE_DETERMINERS: &[&str] =
    &["the", "a", "an", "another", "one", "some", "several", "many", "his", "her", "their", "its", "our", "two", "three"];

/// Media a statement is made in, which the cue keeps ("said in an interview").
pub const STATEMENT_MEDIA: &[&str] = &["interview", "statement", "email", "e-mail", "speech", "letter", "tweet", "op-ed", "column", "memo"];

/// Days of the week, in lower case.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Armed men who attack with arms, not in words ("Gunmen attacked five polling stations").
/// (Not "rebels" or "forces", which parties have too: "Tory rebels attacked the deal".)
pub const ARMED_MEN: &[&str] = &[
    "gunmen", "gunman", "militants", "militant", "fighters", "insurgents", "attackers", "assailants", "troops", "soldiers",
    "jihadists", "bandits", "militiamen", "drones", "missiles", "rockets", "warplanes", "jets",
];

/// Places and things an armed attack hits ("attacked five polling stations", "struck a
/// convoy"), which no attack in words has for its object.
/// (Not words that are politics' objects too: "position", "base", "post", "office", "market".)
pub const PHYSICAL_TARGETS: &[&str] = &[
    "station", "stations", "village", "villages", "convoy", "convoys", "checkpoint", "checkpoints", "building", "buildings",
    "hospital", "hospitals", "camp", "camps", "barracks", "outpost", "outposts", "vehicle", "vehicles", "ship", "ships",
    "vessel", "vessels", "tanker", "depot", "depots", "airfield", "airport", "bridge", "church", "mosque", "trenches",
];

/// Military ranks before a name ("Colonel Pierre Lavigne"), lower-cased.
pub const MILITARY_RANKS: &[&str] = &[
    "colonel", "major", "captain", "lieutenant", "sergeant", "commander", "admiral", "brigadier", "corporal", "private",
    "maj.", "capt.", "sgt.", "brig.", "cmdr.",
];

/// People named by where they live or were ("Residents of Sake").
pub const RESIDENT_NOUNS: &[&str] = &[
    "residents", "villagers", "locals", "inhabitants", "witnesses", "survivors", "people", "families", "relatives",
    "neighbours", "neighbors", "refugees", "farmers", "shopkeepers", "parents",
];

/// Nouns of people that, seized, are abducted ("seizing the workers").
pub const ABDUCTED_PEOPLE: &[&str] = &[
    "workers", "worker", "people", "civilians", "passengers", "students", "pupils", "villagers", "hostages", "tourists",
    "engineers", "nationals", "employees", "children", "women", "residents", "journalists", "missionaries",
    "journalist", "priest", "nun", "doctor", "nurse", "tourist",
];
