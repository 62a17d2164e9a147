//! Word lists the rule-based entity recogniser reads: what a name's head word says about its
//! type, which capitalised words are ordinary words at the start of a sentence, which titles
//! announce a person. They are written by hand from general knowledge of news English; the
//! trained recogniser of the named-entity issue replaces most of them.

/// Head words of organisations in general (matched case-insensitively on any word of a name).
pub const ORG_WORDS: &[&str] = &[
    "mod", "service", "agency", "ministry", "department", "office", "council", "committee", "commission",
    "center", "centre", "institute", "institution", "university", "party", "union", "bank",
    "company", "corporation", "corp.", "inc.", "group", "organization", "organisation",
    "association", "court", "parliament", "assembly", "government", "administration", "bureau",
    "directorate", "intelligence", "foundation", "authority", "federation", "league", "alliance",
    "coalition", "front", "movement", "secretariat", "cabinet", "senate", "congress", "duma",
    "kremlin", "pentagon", "police", "committee", "board", "fund", "programme", "program",
    "network", "society", "club", "school", "academy", "hospital", "industries", "industry",
    "systems", "technologies", "holdings", "airlines", "railways", "media", "broadcasting",
    "project", "observatory", "labs", "laboratory", "laboratories", "analytics", "solutions",
];

/// Abbreviations of kinds of weapons and vehicles, common nouns in capitals that name no one:
/// "47 Ukrainian UAVs" is a nationality and a noun, not a person.
pub const WEAPON_ABBREVIATIONS: &[&str] = &[
    "uav", "uavs", "usv", "usvs", "ugv", "ugvs", "ifv", "ifvs", "mlrs", "atgm", "atgms", "manpads", "icbm", "icbms",
    "irbm", "irbms", "srbm", "srbms", "slbm", "slbms", "mbt", "mbts", "ied", "ieds",
];

/// Head words of armed formations.
pub const UNIT_WORDS: &[&str] = &[
    "army", "navy", "fleet", "battalion", "brigade", "regiment", "division", "corps", "guard",
    "guards", "forces", "squadron", "flotilla", "legion", "militia", "marines", "command",
    "detachment", "garrison", "platoon", "wing", "air force", "airborne", "infantry", "artillery",
];

/// Messaging services and social networks on which statements are posted ("on the official
/// Telegram channel"): media, never places. (Only those the recogniser took for places; the
/// best-known networks it already types.)
pub const SOCIAL_PLATFORMS: &[&str] = &["telegram", "whatsapp", "vkontakte", "tiktok", "weibo", "wechat", "rumble"];

/// Head words (and whole names) of news media.
pub const MEDIA_WORDS: &[&str] = &[
    "post", "times", "news", "press", "journal", "herald", "gazette", "tribune", "telegraph",
    "guardian", "reuters", "bloomberg", "tass", "kcna", "yonhap", "xinhua", "ria", "interfax",
    "ukrinform", "pravda", "independent", "economist", "observer", "chronicle", "daily", "weekly",
    "radio", "television", "tv", "broadcaster", "newswire", "wire", "courier", "inquirer", "examiner",
    "bulletin", "mirror",
];

/// Seats of government that news names for the government itself, with its country: "the
/// Pentagon said", "the Kremlin denied". Written by hand from general knowledge of news English.
pub const SEATS_OF_GOVERNMENT: &[(&str, &str)] = &[
    ("pentagon", "US"),
    ("state department", "US"),
    ("kremlin", "RU"),
];

/// Words describing a government body, for the organisation subtype.
pub const GOVERNMENT_WORDS: &[&str] = &[
    "ministry", "department", "service", "agency", "intelligence", "government", "administration",
    "directorate", "bureau", "office", "council", "kremlin", "pentagon", "cabinet", "parliament",
    "commission", "police", "security", "defense", "defence",
    // ("Russia's Investigative Committee", "the Prosecutor General's Office".)
    "investigative", "prosecutor",
    // ("Russian MoD", "the UK MoD": the Ministry of Defence.)
    "mod",
];

/// The words of kinship among [`PERSON_TITLES`] ("Kim's sister Kim Yo Jong"): inside a run of
/// capitalised words they belong to a name ("Choe Son Hui").
pub const KINSHIP_WORDS: &[&str] = &["sister", "brother", "wife", "husband", "son", "daughter", "father", "mother"];

/// Titles and roles that announce a person's name after them.
pub const PERSON_TITLES: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.",
    "sen.", "rep.", "gov.", "president", "minister", "leader", "general", "colonel", "major",
    "captain", "admiral", "commander", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "secretary", "chancellor", "premier", "king", "queen", "prince", "pope",
    "ambassador", "envoy", "governor", "mayor", "senator", "lawmaker", "officer", "sergeant",
    "lieutenant", "marshal", "dictator", "analyst", "journalist", "correspondent", "reporter",
    "professor", "head", "deputy", "chairman", "chairwoman", "ceo", "founder", "sister", "brother",
    "wife", "husband", "son", "daughter", "father", "mother", "soldier", "defector", "secretary-general",
    "under-secretary", "vice-president", "vice-chairman", "deputy-director",
];

/// Capitalised words that are ordinary words when they open a sentence or a caption.
pub const COMMON_CAPITALISED: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "in", "on", "at",
    "by", "for", "from", "to", "of", "with", "without", "while", "when", "where", "whereas",
    "after", "before", "during", "since", "until", "as", "if", "but", "and", "or", "nor", "so",
    "yet", "also", "however", "meanwhile", "moreover", "furthermore", "still", "then", "thus",
    "although", "though", "because", "despite", "according", "earlier", "later", "last", "next",
    "some", "many", "most", "all", "both", "each", "every", "other", "another", "such", "no",
    "not", "one", "two", "three", "four", "five", "several", "more", "less", "what", "which",
    "who", "whom", "whose", "why", "how", "photo", "video", "image", "caption", "source",
    "credit", "read", "watch", "listen", "update", "updated", "editor", "note", "breaking",
    "exclusive", "analysis", "opinion", "comment", "military", "officials", "sources", "experts",
    "reports", "local", "foreign", "former", "new", "over", "under", "about", "around", "nearly",
    "almost", "only", "just", "even", "now", "today", "yesterday", "tomorrow", "once", "again",
    "instead", "unlike", "like", "among", "between", "within", "via", "per", "amid", "against",
    "toward", "towards", "into", "onto", "upon", "through", "throughout", "across", "above",
    "below", "near", "up", "down", "out", "off", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "please", "yes", "click", "share", "follow", "subscribe", "sign", "see",
    "well", "look", "oh", "okay", "sure", "let", "let's", "thank", "thanks", "hello", "right",
    "actually", "anyway", "first", "second", "finally", "look", "listen", "indeed", "sir",
    "madam", "mister", "here's", "that's", "it's", "there's", "what's", "we're", "they're",
    // ("Drone strikes hit Goma", "Missile debris fell": weapons opening a sentence.)
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "artillery", "shelling",
];

/// Month and weekday names: times, not entities.
pub const TIME_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
];

/// Time zones written after a clock time ("18:40 EET", "3 p.m. GMT"): no names there.
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "eet", "eest", "cet", "cest", "wet", "west", "bst", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt", "kst", "jst", "aest", "ist", "hkt", "sgt",
];

/// Words of rank or tenure that open a capitalised run without being part of the name after
/// them ("Deputy Pentagon press secretary", "Former Soviet Union"; "Former Yugoslav Republic of
/// Macedonia" loses its first word too).
pub const OFFICE_QUALIFIERS: &[&str] = &["deputy", "vice", "acting", "former", "interim", "outgoing", "then"];

/// Months abbreviated without a period, which are times only before a day number ("Oct 23").
pub const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Months written out, in lower case.
pub const FULL_MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/// Lower-case words allowed inside a capitalised name ("Center for Strategic Communication and
/// Information Security", "Ministry of Defence").
pub const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "de", "del", "la", "du", "von", "van", "the", "on"];

/// Words for a weapon that its model's name may come before ("Iskander missiles", "Shahed
/// drones", "Leopard tanks"). Not "fighters", who are people, nor "jets", which airlines fly.
pub const WEAPON_NOUNS: &[&str] = &[
    "missile", "missiles", "drone", "drones", "rocket", "rockets", "tank", "tanks", "launcher", "launchers",
    "howitzer", "howitzers", "bomber", "bombers", "helicopter", "helicopters", "torpedo", "torpedoes",
    "interceptor", "interceptors", "rifle", "rifles", "mortar", "mortars",
];

/// Head words of a state body's name, which a word written in lower case elsewhere in the
/// text may open at a sentence's start ("Defence Ministry says ...", "Air Force reports ...").
pub const BODY_HEADS: &[&str] = &[
    "ministry", "department", "service", "agency", "council", "committee", "office", "force", "forces", "guard", "command",
    "commission", "directorate",
];

/// Clubs of states named by their number, with the name they go by in full.
pub const NUMBERED_GROUPS: &[(&str, &str)] = &[
    ("G7", "Group of Seven"), ("G-7", "Group of Seven"), ("G20", "Group of 20"), ("G-20", "Group of 20"), ("G8", "Group of Eight"),
];

/// Adverbs that open a sentence before a comma and name nothing: "Separately, the company, which
/// runs the pipeline, said".
pub const SENTENCE_ADVERBS: &[&str] = &[
    "separately", "elsewhere", "additionally", "meanwhile", "however", "moreover", "similarly", "likewise", "previously", "earlier",
    "later", "finally", "initially", "ultimately", "overall", "notably", "importantly", "instead", "nonetheless", "nevertheless",
];

/// Heads of a body's name that a purpose in capitals may follow after "to": "Committee to
/// Protect Journalists", "Campaign to Stop Killer Robots" (not "the Kremlin to Donald Trump").
pub const PURPOSE_NAMED_HEADS: &[&str] = &["committee", "campaign", "coalition", "fund", "mission", "commission", "foundation", "initiative", "movement", "alliance"];

/// Heads of a description in apposition that makes the name before it a body's: "Fingrid, the
/// Finnish grid operator,", "Wagner, a private military company,".
pub const BODY_DESCRIPTIONS: &[&str] = &[
    "operator", "company", "firm", "group", "agency", "carrier", "maker", "manufacturer", "producer", "airline", "bank",
    "insurer", "utility", "developer", "contractor", "provider", "giant", "conglomerate", "watchdog", "regulator", "charity",
    "organisation", "organization", "monitor", "militia", "movement", "party", "union", "consortium", "startup", "shipowner",
];

/// Heads of such a description that make the body a news outlet: "Meduza, the Latvia-based
/// news site,".
pub const MEDIA_HEADS: &[&str] = &["broadcaster", "newspaper", "channel", "outlet", "site", "website", "daily", "tabloid", "magazine", "network"];

/// Korean family names as English news writes them, which come before the given name ("Kim
/// Jong Un", later "Kim"; "Yoon Suk Yeol", later "Yoon").
pub const KOREAN_FAMILY_NAMES: &[&str] = &[
    "Kim", "Lee", "Ri", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim",
    "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae",
    "Baek", "Heo", "Yoo", "Nam", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Chun", "Chung",
];

/// Definite descriptions that refer back to an organisation, with the head words of the
/// organisations they can refer to (empty: any organisation).
pub const ORG_ANAPHORS: &[(&str, &[&str])] = &[
    ("agency", &["agency", "service", "intelligence", "bureau", "directorate"]),
    ("service", &["service"]),
    ("ministry", &["ministry"]),
    ("department", &["department"]),
    ("directorate", &["directorate", "intelligence"]),
    ("organization", &[]),
    ("organisation", &[]),
    ("group", &["group", "movement", "front"]),
    // (And an armed group named before: see `add_anaphors` in `entities.rs`.)
    ("rebels", &["rebels"]),
    ("militants", &["militants"]),
    ("insurgents", &["insurgents"]),
    ("company", &["company", "corporation", "inc.", "group"]),
    ("outlet", &["post", "times", "news", "journal"]),
    ("newspaper", &["post", "times", "news", "journal", "herald", "gazette", "tribune"]),
    ("army", &["army", "forces"]),
    ("court", &["court", "tribunal"]),
    ("firm", &["security", "company", "group", "technologies", "labs", "systems", "corporation", "inc."]),
    ("tribunal", &["tribunal", "court"]),
    ("military", &["army", "forces", "navy", "ministry"]),
    ("navy", &["navy", "fleet"]),
    ("fleet", &["fleet", "navy"]),
    ("battalion", &["battalion"]),
    ("brigade", &["brigade"]),
    ("unit", &["battalion", "brigade", "regiment", "division", "unit"]),
    ("institute", &["institute", "institution"]),
    ("centre", &["centre", "center"]),
    ("center", &["center", "centre"]),
    ("foundation", &["foundation"]),
    ("observatory", &["observatory"]),
    ("watchdog", &["agency", "authority", "commission", "office", "inspectorate", "bureau", "service", "monitor", "monitoring"]),
    ("regulator", &["agency", "authority", "commission", "office", "regulator"]),
    ("intelligence", &["intelligence"]),
    ("bureau", &["bureau"]),
    ("authority", &["authority"]),
    ("commission", &["commission"]),
    ("committee", &["committee"]),
    ("command", &["command"]),
    ("council", &["council"]),
    ("office", &["office"]),
    ("mission", &["mission"]),
];

/// Head words of a description that names an organisation by what it is and whose it is
/// ("Finland's coastal watchdog", "the Estonian navy", "Helsinki's maritime monitoring
/// agency"), with the words a fitting organisation's name has. Such a description refers to an
/// organisation of the document that fits; when none does and a place or nationality owns it,
/// it is an organisation of its own.
pub const DESCRIPTOR_HEADS: &[(&str, &[&str])] = &[
    ("agency", &["agency", "service", "intelligence", "bureau", "directorate", "authority"]),
    ("watchdog", &["agency", "authority", "commission", "office", "inspectorate", "bureau", "service", "monitor", "monitoring"]),
    ("regulator", &["agency", "authority", "commission", "office", "regulator"]),
    ("intelligence", &["intelligence"]),
    ("service", &["service"]),
    ("ministry", &["ministry"]),
    ("institute", &["institute", "institution"]),
    ("navy", &["navy", "fleet"]),
    ("army", &["army", "forces"]),
    ("military", &["army", "forces", "military"]),
    ("guard", &["guard"]),
    // ("Ukraine's air force")
    ("force", &["force"]),
    ("directorate", &["directorate", "intelligence"]),
    ("bureau", &["bureau"]),
    ("authority", &["authority"]),
    // ("Finnish customs said the vessel ...")
    ("customs", &["customs"]),
    // ("Poland's armed forces command said ...")
    ("command", &["command"]),
    ("government", &["government", "cabinet", "administration"]),
    // ("The Russian embassy in Warsaw dismissed ...")
    ("embassy", &["embassy"]),
    ("consulate", &["consulate"]),
    // Only as "think tank".
    ("tank", &["institute", "institution", "center", "centre", "foundation", "council"]),
];

/// Words that may follow a description's head word when it is the head ("the Finnish military
/// said", "the Russian army also ..."): verbs of saying and auxiliaries, and adverbs.
pub const AFTER_A_HEAD: &[&str] = &[
    "said", "says", "has", "had", "have", "is", "was", "were", "are", "will", "would", "did", "does", "denied", "denies",
    "claimed", "claims", "reported", "reports", "confirmed", "confirms", "announced", "told", "tells", "warned", "warns",
    "added", "adds", "also", "on", "later", "earlier", "then", "itself", "released", "published", "posted", "issued",
    "stated", "acknowledged", "admitted", "accused", "blamed", "estimated", "detected", "intercepted", "launched", "struck",
    "fired", "shot", "killed",
];

/// Verbs in -s that are no plural noun after "army" or "navy" ("the Vesterian army attacks").
pub const VERBS_IN_S: &[&str] = &[
    "attacks", "launches", "shells", "uses", "plans", "continues", "presses", "seems", "appears", "remains", "wants",
    "needs", "takes", "makes", "gets", "insists", "admits", "accuses", "blames", "rejects",
];

/// A description's modifier and the word of a name it stands for: "South Korea's spy agency" is
/// its "National Intelligence Service".
pub const DESCRIPTOR_SYNONYMS: &[(&str, &str)] = &[("spy", "intelligence"), ("espionage", "intelligence")];

/// A ministry's portfolios, as a report names a ministry in lower case ("the interior
/// ministry", "the foreign affairs ministry").
pub const PORTFOLIOS: &[&str] = &[
    "defense", "defence", "foreign", "interior", "finance", "justice", "health", "economy", "economic", "trade",
    "transport", "energy", "emergencies", "emergency", "affairs", "home", "internal", "education", "agriculture",
    "culture", "environment", "labour", "labor", "information", "security", "intelligence", "state",
];

/// Words of an organisation's name that every country's organisation may bear ("Defense
/// Ministry", "Coast Guard"): such a name says whose it is only with its owner.
pub const GENERIC_ORG_WORDS: &[&str] = &[
    "defense", "defence", "foreign", "interior", "finance", "justice", "health", "economy",
    "economic", "trade", "transport", "energy", "ministry", "department", "office", "navy", "army",
    "air", "force", "forces", "coast", "guard", "border", "police", "government", "parliament",
    "intelligence", "military", "security", "service", "services", "armed", "national", "state",
    "federal", "general", "staff", "emergency", "emergencies", "agency", "affairs", "of", "the",
    "and", "for", "presidential", "administration", "cabinet", "council",
];

/// Endings of a hyphenated adjective made from a name ("Stockholm-based").
pub const COMPOUND_ADJECTIVE_SUFFIXES: &[&str] = &[
    "-based", "-backed", "-born", "-built", "-made", "-owned", "-run", "-led", "-speaking", "-supplied", "-funded", "-trained",
    "-controlled", "-occupied", "-held", "-style", "-language", "-linked", "-affiliated", "-aligned", "-allied", "-inspired",
];

/// Words that do not stand between the owner and the head of such a description.
pub const DESCRIPTOR_STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "said", "says", "that", "which", "who", "its", "their",
    "his", "her", "other", "own", "same", "this", "these", "those", "new", "whose",
];

/// Words that may stand before an acronym in parentheses as part of its long form even when
/// written in lower case ("defense intelligence (HUR)").
pub const ACRONYM_STOP: &[&str] = &[
    "by", "of", "from", "to", "with", "for", "at", "in", "on", "the", "a", "an", "and", "or",
    "said", "says", "that", "which", "who", "as", "its", "their", "his", "her",
];

/// Capitalised abbreviations that are common nouns, not organisations ("fake ID cards").
pub const COMMON_ACRONYMS: &[&str] = &[
    "ID", "IDS", "TV", "CEO", "CFO", "GDP", "GPS", "AI", "PC", "DNA", "SMS", "URL", "PDF", "USB",
    "HIV", "AIDS", "COVID", "OK", "AM", "PM", "FM", "AD", "BC", "CCTV", "VIP", "IQ", "SUV", "ATM",
    "PIN", "FAQ", "DIY", "HQ", "POW", "POWS", "MP", "MPS", "UAV", "UAVS", "IED", "IEDS", "RPG",
];

/// Last words of the names of natural features and of stretches of land or sea ("Second Thomas
/// Shoal", "Ren'ai Reef", "Lachin Corridor", "Golan Heights"): a run of capitalised words
/// ending in one names a place, not a person, whether the gazetteer knows it or not.
/// (Words that are also surnames, "Kari Lake", "Tom Ridge", "Carla Hills", are left out.)
pub const FEATURE_HEADS: &[&str] = &[
    "reef", "reefs", "shoal", "shoals", "atoll", "island", "islands", "isle", "isles", "archipelago", "strait", "straits",
    "peninsula", "gulf", "sea", "lagoon", "river", "canal", "delta", "mountains", "heights", "valley", "plateau",
    "desert", "basin", "glacier", "corridor", "spit",
];

/// Last words of natural features that are also surnames ("Kaneohe Bay", but "Kari Lake"): a
/// run ending in one is a place only when nothing (the model) reads a person there.
pub const SURNAME_FEATURE_HEADS: &[&str] = &["bay", "lake", "hills", "ridge", "mountain", "cape"];

/// Prefixes navies put before their ships' names ("USS Carney", "HMS Diamond", "BRP Sierra
/// Madre", "INS Vikrant"): a capitalised run opening with one names a vessel.
pub const SHIP_PREFIXES: &[&str] = &[
    "USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "BRP", "INS", "ICGS", "ROKS", "JS", "RFS", "TCG", "NRP", "HDMS",
    "HNLMS", "HNoMS", "HSwMS", "KRI", "PNS", "BNS", "SLNS", "ARA", "FGS", "ESPS", "ORP",
];

/// Armed groups and movements that are no state's, as conflict reporting names them, written
/// here by hand (the recogniser's training text, Reuters news of 1996, knows few of them under
/// today's spellings): each is an organisation wherever it stands, whatever its single word
/// looks like to the model ("Hezbollah" alone reads as a person or a place). Lower case; a
/// name is matched whole.
/// (Letters that stand for other bodies as often, "ADF", "SDF", "HTS", a surname alone,
/// "Wagner", and a state's formation, the "Africa Corps", are left out.)
pub const ARMED_GROUPS: &[&str] = &[
    "hezbollah", "hizbollah", "hizballah", "hamas", "houthis", "houthi", "ansar allah", "taliban", "al-shabaab", "al shabaab",
    "boko haram", "iswap", "isis", "isil", "daesh", "al-qaeda", "al qaeda", "al-qaida", "aqap", "aqim", "jnim",
    "hayat tahrir al-sham", "pkk", "ypg", "islamic jihad", "kataib hezbollah", "polisario", "farc", "eln",
    "fatah", "wagner group", "al-nusra", "nusra front", "lashkar-e-taiba",
    "jaish-e-mohammed", "tehrik-i-taliban", "ttp", "arakan army", "kachin independence army", "tigray people's liberation front", "tplf",
];

/// Nouns of people that open a sentence before "of" and a name ("Residents of Sake").
pub const PEOPLE_OF: &[&str] = &[
    "residents", "officials", "members", "leaders", "citizens", "villagers", "workers", "people", "soldiers", "troops",
    "fighters", "families", "supporters", "representatives", "relatives", "parts", "thousands", "hundreds", "dozens",
];
