/// The SEND glossary: what the acronyms in these documents stand for, for `define` and for
/// searching both ways (EHCP finds "education, health and care plan", and the other way round).
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// The acronym as usually written: "EHCP".
    public let term: String
    /// What it stands for, first the usual form, then variants: ["education, health and care plan", "EHC plan"].
    public let expansions: [String]
    public let definition: String
    /// Where a loaded document defined it ("joint strategic needs assessment (JSNA)"); nil for
    /// the built-in glossary's own terms.
    public var source: Citation?

    public init(term: String, expansions: [String], definition: String, source: Citation? = nil) {
        self.term = term
        self.expansions = expansions
        self.definition = definition
        self.source = source
    }
}

/// The SEND glossary of a session: the built-in terms, and the acronyms its documents define.
public struct Glossary: Sendable {
    public private(set) var entries: [GlossaryEntry]
    /// Each entry's position by its term's words and by each expansion's words.
    private var positions: [[String]: Int] = [:]

    public init(entries: [GlossaryEntry]) {
        self.entries = []
        for entry in entries { add(entry) }
    }

    /// The built-in glossary.
    public static let standard = Glossary(entries: builtIn)

    /// Adds an entry unless its term is already there; returns whether it did.
    @discardableResult
    public mutating func add(_ entry: GlossaryEntry) -> Bool {
        let key = QueryParser.words(in: entry.term)
        guard !key.isEmpty, positions[key] == nil else { return false }
        positions[key] = entries.count
        for expansion in entry.expansions {
            let words = QueryParser.words(in: expansion)
            if !words.isEmpty, positions[words] == nil { positions[words] = entries.count }
        }
        entries.append(entry)
        return true
    }

    /// The entry for an acronym or any of its expansions, ignoring case and punctuation.
    public func entry(for text: String) -> GlossaryEntry? {
        positions[QueryParser.words(in: text)].map { entries[$0] }
    }

    /// The other ways to say a word or phrase, as lists of words: "ehcp" → [["education", "health", "and", "care", "plan"], ["ehc", "plan"]].
    func alternatives(for words: [String]) -> [[String]] {
        guard let position = positions[words] else { return [] }
        let entry = entries[position]
        return ([entry.term] + entry.expansions).map(QueryParser.words(in:)).filter { $0 != words && !$0.isEmpty }
    }

    static let builtIn: [GlossaryEntry] = [
        GlossaryEntry(term: "SEND", expansions: ["special educational needs and disabilities", "special educational needs and/or disabilities"],
                      definition: "Children and young people who need extra help to learn because of a learning difficulty or disability, from birth to age 25."),
        GlossaryEntry(term: "SEN", expansions: ["special educational needs"],
                      definition: "A learning difficulty or disability that calls for special educational provision."),
        GlossaryEntry(term: "EHCP", expansions: ["education, health and care plan", "EHC plan"],
                      definition: "A legal document that describes a child or young person's needs and the support they must receive, issued by the local authority after an EHC needs assessment; the whole process should take no more than 20 weeks."),
        GlossaryEntry(term: "EHCNA", expansions: ["EHC needs assessment", "education, health and care needs assessment"],
                      definition: "The local authority's assessment of whether a child or young person needs an EHC plan."),
        GlossaryEntry(term: "SENCO", expansions: ["special educational needs coordinator", "SENDCO"],
                      definition: "The teacher in a school or nursery who coordinates support for pupils with SEND."),
        GlossaryEntry(term: "CAMHS", expansions: ["child and adolescent mental health services"],
                      definition: "NHS services that assess and treat children and young people with emotional, behavioural or mental health difficulties."),
        GlossaryEntry(term: "SALT", expansions: ["speech and language therapy", "SLT"],
                      definition: "Therapy for children with difficulties in speech, language, communication, eating or swallowing."),
        GlossaryEntry(term: "SLCN", expansions: ["speech, language and communication needs"],
                      definition: "Difficulties with talking, understanding language or communicating with others."),
        GlossaryEntry(term: "OT", expansions: ["occupational therapy"],
                      definition: "Therapy that helps children manage everyday activities, such as dressing, writing and using equipment."),
        GlossaryEntry(term: "ASD", expansions: ["autism spectrum disorder", "autism"],
                      definition: "A lifelong developmental difference in how a person communicates, interacts and experiences the world; assessed in a neurodevelopmental pathway."),
        GlossaryEntry(term: "ADHD", expansions: ["attention deficit hyperactivity disorder"],
                      definition: "A condition affecting attention, impulsiveness and activity levels; diagnosed after a neurodevelopmental assessment."),
        GlossaryEntry(term: "SEMH", expansions: ["social, emotional and mental health"],
                      definition: "One of the four broad areas of SEND need: difficulties such as anxiety, low mood or behaviour that reflects unmet needs."),
        GlossaryEntry(term: "ICB", expansions: ["integrated care board"],
                      definition: "The NHS body that plans and pays for health services in an area, and shares responsibility for SEND with the local authority."),
        GlossaryEntry(term: "HCC", expansions: ["Hertfordshire County Council"],
                      definition: "The local authority in the sample documents: it assesses needs, issues EHC plans and funds specialist places."),
        GlossaryEntry(term: "LA", expansions: ["local authority"],
                      definition: "The council responsible for education and children's social care; it leads on EHC needs assessments and plans."),
        GlossaryEntry(term: "LAP", expansions: ["local area partnership"],
                      definition: "The local authority and the integrated care board together, responsible for SEND services in an area, and inspected jointly."),
        GlossaryEntry(term: "PAP", expansions: ["priority action plan"],
                      definition: "The plan a partnership must send to Ofsted within 35 days of a report that finds widespread or systemic failings."),
        GlossaryEntry(term: "WSOA", expansions: ["written statement of action"],
                      definition: "Under the earlier (2016) framework, the plan an area had to write after an inspection found significant weaknesses."),
        GlossaryEntry(term: "AP", expansions: ["alternative provision"],
                      definition: "Education arranged for pupils who cannot attend a mainstream or special school, for example after exclusion or because of illness."),
        GlossaryEntry(term: "EOTAS", expansions: ["education otherwise than at school"],
                      definition: "Education arranged by the local authority outside a school, named in an EHC plan when school is not suitable."),
        GlossaryEntry(term: "EHE", expansions: ["elective home education", "home education"],
                      definition: "Education at home chosen by parents; some families feel they have no other option while they wait for a place."),
        GlossaryEntry(term: "DCO", expansions: ["designated clinical officer"],
                      definition: "The health professional who coordinates the NHS's part in SEND, including health advice for EHC plans."),
        GlossaryEntry(term: "DfE", expansions: ["Department for Education"],
                      definition: "The government department for education; it can issue an improvement notice after a poor inspection."),
        GlossaryEntry(term: "CQC", expansions: ["Care Quality Commission"],
                      definition: "The regulator of health and social care in England; it inspects area SEND services jointly with Ofsted."),
        GlossaryEntry(term: "HMI", expansions: ["His Majesty's Inspector"],
                      definition: "A senior Ofsted inspector; area SEND inspections are led by one."),
        GlossaryEntry(term: "PCF", expansions: ["parent carer forum"],
                      definition: "An independent group of parents and carers of children with SEND that works with the local area to improve services."),
        GlossaryEntry(term: "SRP", expansions: ["specialist resource provision", "resource base"],
                      definition: "A specialist unit within a mainstream school for pupils with a particular kind of need."),
        GlossaryEntry(term: "EP", expansions: ["educational psychologist"],
                      definition: "A psychologist who assesses children's learning and development and advises schools; their advice is part of an EHC needs assessment."),
        GlossaryEntry(term: "PfA", expansions: ["preparing for adulthood"],
                      definition: "Support for young people with SEND from Year 9 onwards towards work, independent living, community life and health."),
        GlossaryEntry(term: "SENDIASS", expansions: ["SEND information, advice and support service", "information, advice and support service"],
                      definition: "A free, impartial service giving families advice about SEND law and processes."),
        GlossaryEntry(term: "CYP", expansions: ["children and young people"],
                      definition: "The usual shorthand in SEND documents for everyone from birth to age 25."),
        GlossaryEntry(term: "JSNA", expansions: ["joint strategic needs assessment"],
                      definition: "The local authority's and NHS's shared assessment of the health and care needs of the area's people, used to plan services."),
        GlossaryEntry(term: "CCG", expansions: ["clinical commissioning group"],
                      definition: "The NHS body that planned and bought local health services until July 2022, when integrated care boards replaced it."),
        GlossaryEntry(term: "LGSCO", expansions: ["Local Government and Social Care Ombudsman"],
                      definition: "The independent body that investigates complaints about councils, including how they handle EHC plans, once the council's own complaints process is done."),
        GlossaryEntry(term: "ND", expansions: ["neurodevelopmental"],
                      definition: "Shorthand for neurodevelopmental, as in the ND pathway: the assessments for autism and ADHD."),
        GlossaryEntry(term: "PRU", expansions: ["pupil referral unit"],
                      definition: "A kind of alternative provision run by the local authority for pupils who cannot attend school, often after exclusion."),
        GlossaryEntry(term: "DSR", expansions: ["dynamic support register"],
                      definition: "The NHS list of autistic people and people with a learning disability at risk of admission to hospital, kept so that support comes first."),
        GlossaryEntry(term: "NEET", expansions: ["not in education, employment or training"],
                      definition: "Young people aged 16 to 24 who are not in education, employment or training."),
        GlossaryEntry(term: "CETR", expansions: ["care, education and treatment review"],
                      definition: "A review for a child or young person with autism or a learning disability who is in, or at risk of going into, a mental health hospital."),
        GlossaryEntry(term: "PEP", expansions: ["personal education plan"],
                      definition: "The plan for the education of a child in care, part of the care plan, reviewed each term."),
        GlossaryEntry(term: "CWD", expansions: ["children with disabilities"],
                      definition: "The local authority's social care team for disabled children and their families."),
        GlossaryEntry(term: "NHS", expansions: ["National Health Service"],
                      definition: "The publicly funded health service; in SEND, the integrated care board and the health providers it pays for."),
        GlossaryEntry(term: "CLA", expansions: ["children looked after", "looked-after children"],
                      definition: "Children in the care of the local authority; each has a virtual school head and a personal education plan."),
    ]
}
