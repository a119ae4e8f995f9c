namespace Alwrity.Domain.Analysis.Norms;

/// <summary>
/// Everyday modern words that 18th–20th century political prose under-represents. The norms builder lifts each to
/// the frequency of a common word, so a marketer's "team" or "email" is neither rare vocabulary nor a go-to word.
/// Written by hand for Alwrity.
/// </summary>
internal static class ModernWords
{
    public static readonly string[] All =
    [
        // work and business
        "team", "teams", "customer", "customers", "client", "clients", "product", "products", "brand", "brands", "marketing",
        "sales", "manager", "management", "meeting", "meetings", "project", "projects", "strategy", "growth", "revenue",
        "startup", "startups", "company", "companies", "business", "businesses", "career", "job", "jobs", "hire", "hiring",
        "boss", "office", "remote", "deadline", "budget", "goal", "goals", "feedback", "launch", "launched", "campaign",
        "campaigns", "audience", "content", "leadership", "leader", "leaders", "skills", "skill", "tools", "tool",
        "results", "data", "insights", "metrics", "workflow", "process", "partner", "partners", "founder", "founders",
        "ceo", "colleague", "colleagues", "coworkers", "agency", "consultant", "freelance", "pricing", "discount",
        "newsletter", "webinar", "podcast", "podcasts", "event", "events", "conference", "network", "networking",
        "opportunity", "opportunities", "challenge", "challenges", "success", "journey", "mindset", "productivity",
        "innovation", "impact", "value", "quality", "service", "services", "support", "experience", "experiences",
        // technology and the internet
        "email", "emails", "online", "internet", "website", "websites", "web", "app", "apps", "software", "computer",
        "computers", "phone", "phones", "smartphone", "laptop", "video", "videos", "photo", "photos", "post", "posts",
        "posted", "posting", "blog", "blogs", "social", "media", "platform", "platforms", "digital", "tech",
        "technology", "click", "link", "links", "download", "upload", "update", "updates", "account", "accounts",
        "password", "login", "user", "users", "profile", "followers", "follow", "share", "shared", "sharing", "like",
        "likes", "comment", "comments", "subscribe", "stream", "streaming", "chat", "text", "texts", "message",
        "messages", "google", "linkedin", "facebook", "instagram", "twitter", "youtube", "tiktok", "ai", "algorithm",
        "automation", "cloud", "screen", "device", "devices", "wifi", "code", "coding", "developer", "developers",
        "dashboard", "template", "templates", "feature", "features", "inbox", "notification", "notifications", "zoom",
        // everyday life
        "okay", "ok", "yeah", "hey", "hi", "hello", "thanks", "thank", "awesome", "cool", "amazing", "excited",
        "exciting", "love", "loved", "fun", "funny", "happy", "sad", "stress", "stressed", "anxiety", "mom", "dad",
        "kids", "kid", "baby", "family", "friends", "friend", "coffee", "tea", "lunch", "dinner", "breakfast",
        "weekend", "weekends", "holiday", "vacation", "trip", "travel", "car", "cars", "bike", "gym", "workout",
        "health", "healthy", "food", "pizza", "movie", "movies", "music", "song", "songs", "game", "games", "book",
        "books", "story", "stories", "school", "college", "university", "student", "students", "teacher", "teachers",
        "home", "house", "apartment", "city", "street", "dog", "dogs", "cat", "cats", "morning", "tonight", "tomorrow",
        "yesterday", "today", "week", "month", "minutes", "hour", "hours", "lol", "guys", "stuff", "thing", "things",
        "pretty", "totally", "literally", "basically", "actually", "honestly", "definitely", "super", "maybe",
        "sure", "easy", "simple", "quick", "busy", "tired", "ready", "favorite", "favourite", "tips", "tip", "guide",
        "lesson", "lessons", "learned", "learning", "mistake", "mistakes", "habit", "habits", "routine", "focus",
        "creative", "creativity", "design", "designer", "writing", "writer", "writers", "draft", "edit", "editing",
    ];
}
