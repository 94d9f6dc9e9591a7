import GRDB
import Testing
@testable import SendLensCore

struct QueryParserTests {
    private static func t(_ word: String, prefix: Bool = false) -> QueryNode { .term(word, prefix: prefix) }

    @Test(arguments: [
        ("waiting", t("waiting"), [QueryFilter]()),
        ("Waiting Times", .and([t("waiting"), t("times")]), []),
        ("\"speech and language\"", .phrase(["speech", "and", "language"]), []),
        ("assess*", t("assess", prefix: true), []),
        ("waiting OR delay", .or([t("waiting"), t("delay")]), []),
        ("a OR b OR c", .or([t("a"), t("b"), t("c")]), []),
        ("therapy -private", .not(t("therapy"), excluding: t("private")), []),
        ("therapy NOT private", .not(t("therapy"), excluding: t("private")), []),
        ("therapy -\"private provider\"", .not(t("therapy"), excluding: .phrase(["private", "provider"])), []),
        ("a -b -c", .not(t("a"), excluding: .or([t("b"), t("c")])), []),
        ("NEAR(waiting therapy, 5)", .near([t("waiting"), t("therapy")], distance: 5), []),
        ("NEAR(\"speech and language\" wait)", .near([.phrase(["speech", "and", "language"]), t("wait")], distance: 10), []),
        ("(autism OR ADHD) diagnosis", .and([.or([t("autism"), t("adhd")]), t("diagnosis")]), []),
        ("waiting AND delay", .and([t("waiting"), t("delay")]), []),
        ("co-production", .phrase(["co", "production"]), []),
        ("co-produc*", .phrase(["co", "produc"], prefix: true), []),
        ("waiting in:report", t("waiting"), [.document("report")]),
        ("kind:survey waiting", t("waiting"), [.kind("survey")]),
        ("waiting section:\"need to do better\"", t("waiting"), [.section("need to do better")]),
        ("question:Q7 school", t("school"), [.question("Q7")]),
        ("café naïve", .and([t("café"), t("naïve")]), []),
        ("or and", .and([t("or"), t("and")]), []),
    ])
    func parses(text: String, match: QueryNode, filters: [QueryFilter]) throws {
        let query = try QueryParser.parse(text)
        #expect(query.match == match)
        #expect(query.filters == filters)
    }

    /// `-in:`, `-kind:` and `NOT in:` leave passages out; they are never searched for as words.
    @Test(arguments: [
        ("waiting -in:news", [QueryFilter](), [QueryFilter.document("news")]),
        ("waiting NOT kind:news in:report", [.document("report")], [.kind("news")]),
        ("-section:\"need to do better\" waiting", [], [.section("need to do better")]),
        ("waiting NOT -in:report", [.document("report")], []),
    ])
    func excludes(text: String, filters: [QueryFilter], exclusions: [QueryFilter]) throws {
        let query = try QueryParser.parse(text)
        #expect(query.match == Self.t("waiting"))
        #expect(query.filters == filters)
        #expect(query.exclusions == exclusions)
    }

    @Test(arguments: [
        ("", QueryError.empty),
        ("   ", .empty),
        ("\"speech and", .unclosedQuote(position: 0)),
        ("waiting \"a", .unclosedQuote(position: 8)),
        ("(waiting OR delay", .unclosedParenthesis(position: 0)),
        ("waiting)", .unexpectedClosingParenthesis(position: 7)),
        ("OR waiting", .missingOperand(operator: "OR", position: 0)),
        ("waiting OR", .missingOperand(operator: "OR", position: 8)),
        ("waiting AND", .missingOperand(operator: "AND", position: 8)),
        ("-private", .onlyExclusions(position: 0)),
        ("NOT private", .onlyExclusions(position: 0)),
        ("waiting NOT", .missingOperand(operator: "NOT", position: 8)),
        ("&&", .nothingToSearch(word: "&&", position: 0)),
        ("waiting inn:report", .unknownFilter(name: "inn", position: 8, suggestion: "in")),
        ("waiting in:", .emptyFilter(name: "in", position: 8)),
        ("NEAR(waiting)", .malformedNear(reason: "NEAR needs at least two words, as in NEAR(waiting therapy, 5)", position: 0)),
        ("NEAR(a b, x)", .malformedNear(reason: "NEAR's distance must be a whole number from 1 to 1000, as in NEAR(a b, 5)", position: 10)),
        ("NEAR(a b, 0)", .malformedNear(reason: "NEAR's distance must be a whole number from 1 to 1000, as in NEAR(a b, 5)", position: 10)),
        ("NEAR(a b, 1001)", .malformedNear(reason: "NEAR's distance must be a whole number from 1 to 1000, as in NEAR(a b, 5)", position: 10)),
        ("NEAR(a b, 2147483648)", .malformedNear(reason: "NEAR's distance must be a whole number from 1 to 1000, as in NEAR(a b, 5)", position: 10)),
        ("NEAR(a b", .unclosedParenthesis(position: 4)),
        ("\"\"", .emptyPhrase(position: 0)),
        ("in:report", .nothingToSearch(word: "", position: 0)),
        ("a, b", .malformedNear(reason: "a comma only separates NEAR's words from its distance", position: 1)),
    ])
    func rejects(text: String, error: QueryError) {
        #expect(throws: error) { try QueryParser.parse(text) }
    }
}

struct FTS5PatternTests {
    @Test(arguments: [
        ("waiting", false, "\"waiting\""),
        ("assess*", false, "\"assess\" *"),
        ("therapy -private", false, "(\"therapy\" NOT \"private\")"),
        ("a OR b c", false, "(\"a\" OR (\"b\" AND \"c\"))"),
        ("NEAR(a \"b c\", 3)", false, "NEAR(\"a\" \"b c\", 3)"),
        ("co-produc*", false, "\"co produc\" *"),
        ("EHCP", true, "(\"ehcp\" OR \"education health and care plan\" OR \"ehc plan\")"),
        ("\"speech and language therapy\"", true, "(\"speech and language therapy\" OR \"salt\" OR \"slt\")"),
        ("EHCP", false, "\"ehcp\""),
        // NEAR takes only phrases: each form of an acronym is a NEAR of its own.
        ("NEAR(EHCP delays, 12)", true, "(NEAR(\"ehcp\" \"delays\", 12) OR NEAR(\"education health and care plan\" \"delays\", 12) "
            + "OR NEAR(\"ehc plan\" \"delays\", 12))"),
    ])
    func compiles(text: String, expand: Bool, pattern: String) throws {
        #expect(FTS5Pattern.make(try QueryParser.parse(text).match, glossary: expand ? .standard : nil) == pattern)
    }

    /// Whatever the user types, FTS5 sees only quoted strings and its own operators.
    @Test(arguments: ["a\"b", "x' OR 1=1 --", "NEAR(a", "col:value", "^start", "a + b", "{x y}: z", "*"])
    func userTextNeverBecomesSyntax(text: String) throws {
        guard let query = try? QueryParser.parse(text) else { return }
        let pattern = FTS5Pattern.make(query.match, glossary: .standard)
        var outside = ""
        var inQuotes = false
        for character in pattern {
            if character == "\"" { inQuotes.toggle() } else if !inQuotes { outside.append(character) }
        }
        let allowed = Set("()* ,0123456789ANDORTNE")
        #expect(outside.allSatisfy { allowed.contains($0) }, "\(pattern)")
    }
}

struct StemmingTests {
    /// The index's own tokenizer: unicode61 words, lower-cased, without accents, then Snowball
    /// stems. A word that is its own stem is indexed as itself, any other as written, marked
    /// "_"; a query for a stem asks for the stem and every such word seen under it, and a prefix
    /// for words as written. Read back (as the highlighter does), each word gives its stem.
    @Test(arguments: [
        ("waiting", "wait"), ("Waited", "wait"), ("waits", "wait"), ("therapies", "therapi"), ("therapy", "therapi"),
        ("assessment", "assess"), ("exclusions", "exclus"), ("children", "children"), ("Families", "famili"), ("café", "cafe"),
    ])
    func indexesWordsAsWrittenAndFindsThemByStem(word: String, stem: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: SnowballTokenizer.self) }
        let database = try DatabaseQueue(configuration: configuration)
        let written = word.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let (document, query, prefix, read) = try database.read { db in
            let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: [SnowballTokenizer.name]))
            let document = try tokenizer.tokenize(document: word + " " + stem)
            let reader = try IndexTokenizer(db: db, exact: false)
            return (document, try tokenizer.tokenize(query: stem), reader.tokens(in: word, for: [.query, .prefix]),
                    reader.tokens(in: word, for: .document))
        }
        let indexed = written == stem ? stem : "_" + written
        #expect(document.map(\.token) == [indexed, stem])
        #expect(query.map(\.token) == (written == stem ? [stem] : [stem, indexed]))
        #expect(query.dropFirst().allSatisfy { $0.flags.contains(.colocated) })
        #expect(prefix.map(\.token) == [written])  // and "_" + written at the same place
        #expect(read.map(\.token) == [stem])
    }
}

struct GlossaryTests {
    @Test func hasTheTermsThatMatter() {
        #expect(Glossary.standard.entries.count >= 25)
        for term in ["EHCP", "SENCO", "CAMHS", "SALT", "ASD", "ADHD", "ICB", "HCC", "PAP", "WSOA", "AP", "EOTAS", "LA",
                     "JSNA", "CCG", "LGSCO", "SENDIASS", "SEMH", "ND", "PRU", "NEET", "DSR", "CETR", "NHS"] {
            #expect(Glossary.standard.entry(for: term)?.term == term)
        }
        #expect(Set(Glossary.standard.entries.map { $0.term.lowercased() }).count == Glossary.standard.entries.count)
    }

    @Test(arguments: [("ehc plan", "EHCP"), ("Education, Health and Care Plan", "EHCP"), ("speech and language therapy", "SALT"), ("autism", "ASD")])
    func findsEntriesByMeaning(text: String, term: String) {
        #expect(Glossary.standard.entry(for: text)?.term == term)
    }
}

struct AcronymFinderTests {
    @Test(arguments: [
        ("Health is part of the joint strategic needs assessment (JSNA).", "JSNA", "joint strategic needs assessment"),
        ("Leaders have developed the Maximising Independence Service (MIS) to support", "MIS", "Maximising Independence Service"),
        ("reviews of personal education plans (PEPs)", "PEP", "personal education plans"),
        ("the school’s special educational needs coordinator (SENCo)", "SENCo", "special educational needs coordinator"),
        ("from the NHS Clinical Commissioning Group (CCG) to", "CCG", "Clinical Commissioning Group"),
        ("additionally resourced mainstream settings (ARMS) are", "ARMS", "additionally resourced mainstream settings"),
    ])
    func findsADefinition(text: String, short: String, long: String) {
        let found = AcronymFinder.definitions(in: text)
        #expect(found.count == 1 && found.first?.short == short && found.first?.long == long, "\(found)")
    }

    /// Brackets that hold no acronym, or an acronym the words before do not spell, define nothing.
    @Test(arguments: [
        "inspected by Ofsted (Ofsted)", "published in November (2023)", "as shown (see below)", "the children's services (CS2)",
        "the team (ABC)", "it is (A)", "the local parent carer forum (WarrPAC)", "unclosed (JSNA",
    ])
    func findsNoDefinition(text: String) {
        #expect(AcronymFinder.definitions(in: text).isEmpty, "\(AcronymFinder.definitions(in: text))")
    }
}

struct QueryLimitTests {
    /// Queries are bounded: deep brackets and long queries are refused with their limit named, at once.
    @Test func deepAndLongQueriesAreRefused() {
        let deep = String(repeating: "(", count: 17) + "a" + String(repeating: ")", count: 17)
        #expect(throws: QueryError.tooDeep(limit: 16, position: 16)) { try QueryParser.parse(deep) }
        let fine = String(repeating: "(", count: 16) + "a" + String(repeating: ")", count: 16)
        #expect(throws: Never.self) { try QueryParser.parse(fine) }
        let brackets = String(repeating: "(", count: 11_000) + "a"
        #expect(throws: QueryError.tooLong(limit: 256, position: 256)) { try QueryParser.parse(brackets) }
        let words = Array(repeating: "waiting", count: 15_000).joined(separator: " ")
        #expect(throws: QueryError.tooLong(limit: 256, position: 256 * 8)) { try QueryParser.parse(words) }
    }
}
