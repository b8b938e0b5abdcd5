#include "sandbox/ProspectVocabulary.h"

#include <array>
#include <utility>

namespace kakiyo::sandbox {

namespace {

const std::array kFirstNames = {"James", "Mary", "Olivia", "Liam", "Emma", "Noah", "Ava", "Sophia",
    "Lucas", "Mia", "Ethan", "Amelia", "Mateo", "Harper", "Elijah", "Evelyn", "Henry", "Abigail",
    "Sebastian", "Emily", "Jack", "Ella", "Daniel", "Scarlett", "Samuel", "Grace", "David", "Chloe",
    "Joseph", "Lily", "Carter", "Aria", "Owen", "Zoe", "Wyatt", "Nora", "Julian", "Hannah", "Leo",
    "Layla", "Priya", "Arjun", "Wei", "Mei", "Hiroshi", "Yuki", "Ahmed", "Fatima", "Omar", "Aisha",
    "Carlos", "Lucia", "Diego", "Valentina", "Pierre", "Camille", "Hans", "Greta", "Lars", "Ingrid",
    "Giulia", "Marco", "Sofia", "Luca", "Anna", "Jonas", "Elena", "Mikhail", "Katarina", "Tomas",
    "Chen", "Ling", "Raj", "Ananya", "Kwame", "Amara", "Tariq", "Leila", "Sven", "Freya", "Noemi",
    "Rafael", "Ines", "Bruno", "Clara", "Felix", "Marta", "Oscar", "Alice", "Victor", "Nadia",
    "Adrian", "Rosa", "Simon", "Julia", "Patrick", "Sarah", "Michael", "Laura", "Thomas"};

const std::array kLastNames = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
    "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
    "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
    "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
    "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Sharma", "Kumar",
    "Wang", "Li", "Zhang", "Chen", "Tanaka", "Suzuki", "Kim", "Park", "Mueller", "Schmidt",
    "Schneider", "Fischer", "Weber", "Dubois", "Laurent", "Bernard", "Rossi", "Russo", "Ferrari",
    "Silva", "Santos", "Oliveira", "Costa", "Jensen", "Nielsen", "Hansen", "Johansson", "Andersson",
    "Novak", "Kowalski", "Nowak", "Ivanov", "Petrov", "Okafor", "Mensah", "Haddad", "Khan", "Ali",
    "Cohen", "Levi", "Murphy", "Kelly", "OBrien", "Byrne", "Walsh", "Fraser", "Reid"};

const std::array kCompanyStems = {"Acme", "Northwind", "Contoso", "Globex", "Initech", "Umbrella",
    "Stark", "Wayne", "Vandelay", "Hooli", "Pied Piper", "Soylent", "Tyrell", "Cyberdyne",
    "Aperture", "Blue Harbor", "Redwood", "Silverline", "Brightpath", "Cloudnine", "Datawise",
    "Evergreen", "Fusion", "Greenfield", "Helix", "Ironclad", "Juniper", "Keystone", "Lumen",
    "Meridian", "Nimbus", "Orbit", "Pinnacle", "Quantum", "Riverbend", "Summit", "Trident", "Unity",
    "Vertex", "Westwind", "Zenith", "Atlas", "Beacon", "Cobalt", "Delta", "Ember", "Falcon",
    "Granite", "Horizon", "Polaris"};

const std::array kCompanySuffixes
    = {"Labs", "Systems", "Software", "Analytics", "Health", "Logistics", "Capital", "Robotics",
        "Cloud", "Networks", "Energy", "Media", "Security", "Foods", "Bio"};

const std::array kTitles = {"VP of Sales", "Head of Sales", "Chief Revenue Officer",
    "Sales Director", "Account Executive", "Head of Growth", "Marketing Director", "CMO", "CEO",
    "Co-Founder", "CTO", "Head of Partnerships", "Business Development Manager",
    "Revenue Operations Lead", "Customer Success Director", "Head of Demand Generation",
    "Director of Operations", "Procurement Manager", "Head of Talent Acquisition",
    "Product Manager", "Director of Engineering", "Founder", "Managing Director",
    "Sales Operations Manager", "Enterprise Account Manager", "Head of Marketing", "COO",
    "VP of Engineering", "Growth Marketing Manager", "Regional Sales Manager"};

const std::array<std::pair<const char *, const char *>, 36> kPlaces = {{
    {"San Francisco", "United States"},
    {"New York", "United States"},
    {"Austin", "United States"},
    {"Chicago", "United States"},
    {"Boston", "United States"},
    {"Seattle", "United States"},
    {"Denver", "United States"},
    {"Miami", "United States"},
    {"London", "United Kingdom"},
    {"Manchester", "United Kingdom"},
    {"Edinburgh", "United Kingdom"},
    {"Toronto", "Canada"},
    {"Vancouver", "Canada"},
    {"Montreal", "Canada"},
    {"Berlin", "Germany"},
    {"Munich", "Germany"},
    {"Hamburg", "Germany"},
    {"Paris", "France"},
    {"Lyon", "France"},
    {"Amsterdam", "Netherlands"},
    {"Rotterdam", "Netherlands"},
    {"Madrid", "Spain"},
    {"Barcelona", "Spain"},
    {"Milan", "Italy"},
    {"Stockholm", "Sweden"},
    {"Copenhagen", "Denmark"},
    {"Dublin", "Ireland"},
    {"Zurich", "Switzerland"},
    {"Sydney", "Australia"},
    {"Melbourne", "Australia"},
    {"Singapore", "Singapore"},
    {"Bangalore", "India"},
    {"Tokyo", "Japan"},
    {"Sao Paulo", "Brazil"},
    {"Tel Aviv", "Israel"},
    {"Dubai", "United Arab Emirates"},
}};

const std::array kAbout = {
    "Sales leader with %1 years of experience building and scaling high-performing teams.",
    "Passionate about helping B2B companies grow revenue predictably. %1 years in SaaS.",
    "Operator and builder. %1 years turning go-to-market chaos into repeatable playbooks.",
    "I help teams sell better with data. Previously at two acquired startups; %1 years in tech.",
    "Customer-obsessed leader, %1 years across sales, marketing and partnerships."};

const std::array kOpeners = {
    "Hi %1, I noticed how fast %2 has been growing. We help teams like yours %3. Open to a quick "
    "chat?",
    "Hello %1, congrats on the recent momentum at %2! Curious how you currently %3?",
    "Hi %1 - I work with revenue leaders at companies like %2 to %3. Worth a 15-minute call?",
    "%1, thanks for connecting! Many teams similar to %2 use us to %3. Would that be relevant?"};

const std::array kFollowUps
    = {"Just bumping this up, %1 - happy to share a two-minute overview if useful.",
        "Hi %1, one more thought: teams at companies like %2 usually see results within a month.",
        "%1, I know inboxes get busy. Should I reach out to someone else at %2 instead?"};

const std::array kPositiveReplies
    = {"Thanks for reaching out! This sounds interesting, tell me more.",
        "Good timing actually, we are reviewing our tooling this quarter.",
        "Sure, happy to take a look. What does pricing look like?",
        "Interesting. Can you send over a case study?",
        "Yes, let's talk next week. Tuesday afternoon works for me."};

const std::array kNegativeReplies
    = {"Thanks, but we already have a solution in place.", "Not a priority for us right now.",
        "Please remove me from your list.", "We are not the right fit at the moment, sorry."};

const std::array kAgentAnswers
    = {"Great to hear! Here is a short case study from a team similar to yours.",
        "Pricing depends on seats; most teams your size start on the growth plan. Want a demo?",
        "Perfect - I have sent a calendar invite for Tuesday at 3pm. Talk soon!",
        "Absolutely. The main difference is the automated follow-up and the reporting."};

const std::array kQualifiedClosings = {"Looking forward to the call!", "Sounds good, see you then.",
    "Great, I'll loop in our head of ops as well."};
const std::array kUnqualifiedClosings = {"Understood, thanks for letting me know. All the best!",
    "No problem at all - I'll close the loop here."};

const std::array kPhrases = {"book more qualified meetings", "cut manual prospecting time",
    "improve reply rates on cold outreach", "keep their pipeline predictable"};

template<typename Array> QString pick(const Array &array, quint64 n)
{
    return QString::fromUtf8(array[n % array.size()]);
}

QString slugWord(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace

int ProspectVocabulary::firstNameCount()
{
    return int(kFirstNames.size());
}

int ProspectVocabulary::lastNameCount()
{
    return int(kLastNames.size());
}

QString ProspectVocabulary::firstName(quint64 n)
{
    return pick(kFirstNames, n);
}

QString ProspectVocabulary::lastName(quint64 n)
{
    return pick(kLastNames, n);
}

ProspectVocabulary::Profile ProspectVocabulary::profile(
    quint64 bits, const QString &firstName, const QString &lastName)
{
    Profile p;
    p.firstName = firstName;
    p.lastName = lastName;
    const quint64 stem = bits % kCompanyStems.size();
    const quint64 suffix = (bits >> 8) % kCompanySuffixes.size();
    p.companyName = pick(kCompanyStems, stem) + u' ' + pick(kCompanySuffixes, suffix);
    p.jobTitle = pick(kTitles, bits >> 16);
    const auto &place = kPlaces[(bits >> 24) % kPlaces.size()];
    p.city = QString::fromUtf8(place.first);
    p.country = QString::fromUtf8(place.second);
    p.headline = p.jobTitle + QStringLiteral(" at ") + p.companyName;
    p.about = pick(kAbout, bits >> 32).arg(5 + (bits >> 40) % 20);
    // Roughly one profile in twelve has no company page we could find.
    if ((bits >> 48) % 12 != 0) {
        const QString domain
            = slugWord(pick(kCompanyStems, stem)) + slugWord(pick(kCompanySuffixes, suffix));
        p.companyWebsite = QStringLiteral("https://www.%1.com").arg(domain);
        p.companyLinkedinUrl = QStringLiteral("https://www.linkedin.com/company/%1").arg(domain);
    }
    return p;
}

QStringList ProspectVocabulary::cities()
{
    QStringList out;
    for (const auto &place : kPlaces)
        out << QString::fromUtf8(place.first);
    return out;
}

QString ProspectVocabulary::opener(quint64 n)
{
    return pick(kOpeners, n).replace(QStringLiteral("%3"), pick(kPhrases, n >> 8));
}

QString ProspectVocabulary::followUp(quint64 n)
{
    return pick(kFollowUps, n);
}

QString ProspectVocabulary::reply(quint64 n, bool positive)
{
    return positive ? pick(kPositiveReplies, n) : pick(kNegativeReplies, n);
}

QString ProspectVocabulary::agentAnswer(quint64 n)
{
    return pick(kAgentAnswers, n);
}

QString ProspectVocabulary::closing(quint64 n, bool qualified)
{
    return qualified ? pick(kQualifiedClosings, n) : pick(kUnqualifiedClosings, n);
}

} // namespace kakiyo::sandbox
