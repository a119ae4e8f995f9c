namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Closed word classes and marker lists used by the fingerprint (lower case, straight apostrophes).</summary>
internal static class WordLists
{
    public static readonly string[] FirstPersonSingular = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"];
    public static readonly string[] FirstPersonPlural = ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll", "let's"];
    public static readonly string[] SecondPerson = ["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "y'all", "ya"];

    /// <summary>Third person means people: he, she, they (not "it").</summary>
    public static readonly string[] ThirdPerson =
    [
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves",
        "he's", "she's", "they're", "they've", "they'd", "they'll", "he'd", "she'd", "he'll", "she'll",
    ];

    public static readonly string[] OtherPronouns =
    [
        "it", "its", "itself", "it's", "this", "these", "those", "who", "whom", "whose", "which", "what", "someone",
        "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "nobody",
        "nothing", "one", "oneself", "whoever", "whatever", "that's", "there's", "what's", "who's",
    ];

    public static readonly string[] Articles = ["a", "an", "the"];

    public static readonly string[] Prepositions =
    [
        "of", "in", "to", "for", "with", "on", "at", "by", "from", "about", "into", "over", "after", "under", "between",
        "through", "against", "during", "without", "within", "among", "upon", "before", "behind", "beyond", "above",
        "below", "across", "along", "around", "toward", "towards", "despite", "except", "like", "near", "off", "onto",
        "out", "outside", "inside", "past", "per", "since", "than", "throughout", "till", "until", "unto", "via", "amid",
        "amongst", "beside", "besides", "beneath", "concerning", "regarding", "versus", "whilst",
    ];

    public static readonly string[] Interjections =
    [
        "oh", "wow", "hey", "ouch", "yeah", "yep", "nope", "ok", "okay", "lol", "haha", "hahaha", "hmm", "ugh", "oops",
        "yay", "hooray", "alas", "ah", "aha", "uh", "um", "er", "whoa", "omg", "bravo", "hurray", "yikes", "phew", "meh",
    ];

    /// <summary>Auxiliaries, modals and the commonest lexical verbs (all forms counted as verbs).</summary>
    public static readonly string[] Verbs =
    [
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did",
        "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "isn't", "aren't", "wasn't",
        "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't",
        "hasn't", "hadn't", "say", "says", "said", "get", "gets", "got", "make", "makes", "made", "go", "goes", "went",
        "gone", "know", "knows", "knew", "known", "think", "thinks", "thought", "take", "takes", "took", "taken", "see",
        "sees", "saw", "seen", "come", "comes", "came", "want", "wants", "look", "looks", "use", "uses", "find", "finds",
        "found", "give", "gives", "gave", "given", "tell", "tells", "told", "work", "works", "call", "calls", "try",
        "tries", "ask", "asks", "need", "needs", "feel", "feels", "felt", "become", "becomes", "became", "leave",
        "leaves", "left", "put", "puts", "mean", "means", "meant", "keep", "keeps", "kept", "let", "lets", "begin",
        "began", "begun", "seem", "seems", "help", "helps", "show", "shows", "shown", "hear", "heard", "run", "ran",
        "believe", "hold", "held", "bring", "brought", "write", "wrote", "written", "provide", "stand", "stood", "lose",
        "lost", "pay", "paid", "meet", "met", "understand", "understood", "speak", "spoke", "spoken", "read", "grow",
        "grew", "win", "won", "buy", "bought", "send", "sent", "build", "built", "fall", "fell", "remember", "love",
        "loves", "consider", "appear", "expect", "stay", "learn", "change", "lead", "led", "create", "allow", "add",
        "spend", "spent", "live", "lives", "happen", "happens", "sit", "sat", "agree", "share", "shares", "join",
    ];

    public static readonly string[] Adverbs =
    [
        "very", "too", "also", "just", "not", "never", "always", "often", "sometimes", "here", "there", "now", "then",
        "still", "already", "soon", "quite", "rather", "almost", "even", "ever", "yet", "again", "perhaps", "maybe",
        "really", "so", "well", "much", "more", "most", "less", "least", "only", "once", "twice", "together", "away",
        "back", "however", "therefore", "thus", "hence", "indeed", "instead", "anyway", "otherwise", "far", "further",
        "yesterday", "today", "tomorrow", "tonight", "seldom", "rarely", "everywhere", "somewhere", "nowhere", "how",
        "why", "when", "where", "n't",
    ];

    public static readonly string[] Adjectives =
    [
        "good", "new", "first", "last", "long", "great", "little", "own", "other", "old", "right", "big", "high",
        "different", "small", "large", "next", "early", "young", "important", "few", "public", "bad", "same", "able",
        "best", "better", "sure", "free", "true", "full", "whole", "real", "clear", "easy", "hard", "strong", "possible",
        "special", "simple", "certain", "general", "political", "national", "social", "human", "local", "late", "major",
        "happy", "proud", "ready", "common", "necessary", "proper", "present", "private", "future", "low", "short",
        "fine", "nice", "amazing", "awesome", "excited", "key", "main", "huge", "quick", "fast", "slow", "hot", "cold",
    ];

    public static readonly string[] Fillers =
    [
        "really", "very", "just", "actually", "basically", "literally", "totally", "simply", "honestly", "seriously",
        "definitely", "absolutely", "truly", "essentially", "practically", "virtually", "somewhat", "anyway", "um", "uh",
        "kinda", "sorta", "pretty", "quite", "obviously",
    ];

    /// <summary>Forms of "be" (and "get") that can open a passive.</summary>
    public static readonly string[] PassiveAuxiliaries =
    [
        "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
        "isn't", "aren't", "wasn't", "weren't", "it's", "that's", "he's", "she's", "there's",
    ];

    public static readonly string[] IrregularParticiples =
    [
        "written", "given", "taken", "made", "done", "seen", "known", "shown", "built", "found", "held", "kept", "left",
        "lost", "paid", "said", "sent", "sold", "told", "thought", "brought", "bought", "caught", "taught", "felt",
        "heard", "meant", "met", "put", "read", "set", "shut", "spent", "won", "begun", "broken", "chosen", "driven",
        "eaten", "fallen", "forgotten", "forgiven", "frozen", "gotten", "hidden", "ridden", "risen", "shaken", "spoken",
        "stolen", "sworn", "thrown", "woken", "worn", "drawn", "grown", "blown", "flown", "born", "borne", "beaten",
        "bitten", "bound", "bred", "cast", "cut", "dealt", "dug", "fed", "fought", "fled", "hung", "hit", "hurt", "laid",
        "led", "lent", "lit", "understood", "withdrawn", "undertaken", "overcome", "undone", "mistaken", "sought", "struck",
        "stuck", "spun", "split", "spread", "shot", "slain", "sunk", "upheld", "withheld", "overthrown", "foreseen", "shed",
    ];

    /// <summary>Base-form verbs that open imperatives ("Try this.", "Don't wait.").</summary>
    public static readonly string[] ImperativeOpeners =
    [
        "let's", "please", "make", "take", "try", "click", "go", "get", "check", "read", "join", "share", "remember",
        "think", "imagine", "don't", "stop", "start", "use", "download", "sign", "learn", "find", "see", "look",
        "consider", "ask", "tell", "give", "keep", "be", "do", "follow", "subscribe", "visit", "call", "contact", "write",
        "register", "book", "grab", "discover", "explore", "focus", "build", "create", "help", "let", "put", "bring",
        "avoid", "never", "always", "note", "drop", "comment", "tag", "watch", "listen", "save", "apply", "act", "trust",
    ];
}
