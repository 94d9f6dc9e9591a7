import Testing
@testable import SendLensCore

struct SentenceSplitterTests {
    @Test(arguments: [
        ("Too many wait. Some wait longer.", ["Too many wait.", "Some wait longer."]),
        ("Dr. Patel met families. It went well.", ["Dr. Patel met families.", "It went well."]),
        ("Therapies, e.g. SALT and OT, are late. Plans are poor.", ["Therapies, e.g. SALT and OT, are late.", "Plans are poor."]),
        ("Support i.e. Help is slow.", ["Support i.e. Help is slow."]),
        ("See No. 5 on the list. Then act.", ["See No. 5 on the list.", "Then act."]),
        ("The answer was no. Then it changed.", ["The answer was no.", "Then it changed."]),
        ("Waits rose 3.5 times. Places fell.", ["Waits rose 3.5 times.", "Places fell."]),
        ("It cost £2.5m. That was a lot.", ["It cost £2.5m.", "That was a lot."]),
        ("J. Smith chaired it. Everyone came.", ["J. Smith chaired it.", "Everyone came."]),
        ("\"We are sorry.\" The partnership apologised.", ["\"We are sorry.\"", "The partnership apologised."]),
        ("“Is it fair?” she asked. Nobody knew.", ["“Is it fair?” she asked.", "Nobody knew."]),
        ("Why wait? Act now! Today.", ["Why wait?", "Act now!", "Today."]),
        ("It was slow… and then it stopped. Next.", ["It was slow… and then it stopped.", "Next."]),
        ("Plans (see annex.) are late. Yes.", ["Plans (see annex.) are late.", "Yes."]),
        ("In 2023. 36,500 children.", ["In 2023.", "36,500 children."]),
        ("Cllr. Jones and Prof. Lee spoke.", ["Cllr. Jones and Prof. Lee spoke."]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("  Spaces around.  ", ["Spaces around."]),
        ("", []),
        ("Hertfordshire County Council (HCC) leads. The ICB funds.", ["Hertfordshire County Council (HCC) leads.", "The ICB funds."]),
        ("Visit www.example.org.uk for more. Thanks.", ["Visit www.example.org.uk for more.", "Thanks."]),
        ("etc. Then more.", ["etc.", "Then more."]),
    ])
    func splits(paragraph: String, expected: [String]) {
        #expect(SentenceSplitter.split(paragraph) == expected)
    }

    @Test func rejoiningKeepsEveryWord() {
        let paragraph = "Dr. Patel said: \"Too many wait.\" Plans, e.g. EHCPs, are 3.5 weeks late! Why? No. 5 knows."
        let sentences = SentenceSplitter.split(paragraph)
        #expect(sentences.joined(separator: " ") == paragraph)
        #expect(sentences.count == 4)
    }
}
