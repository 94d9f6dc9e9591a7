import Foundation
import Testing
@testable import SendLensCore

/// Phrases of the kind found in reports, responses, minutes and news, each with the kind and ISO
/// value it must be read as (anchored to a document of Friday 10 November 2023). An empty value
/// list means no date at all.
struct DatePhraseTests {
    static let anchor = Day(year: 2023, month: 11, day: 10)!

    @Test(arguments: [
        // Days, in every common form
        ("Published on 10 November 2023.", ["date 2023-11-10"]),
        ("Published on 10th Nov 2023.", ["date 2023-11-10"]),
        ("Published on Friday 10 November 2023.", ["date 2023-11-10"]),
        ("Published on Friday, 10 November 2023.", ["date 2023-11-10"]),
        ("Dated 10/11/2023.", ["date 2023-11-10"]),
        ("Dated 10.11.2023.", ["date 2023-11-10"]),
        ("Dated 2023-11-10.", ["date 2023-11-10"]),
        ("Dated 1/2/2024, day first.", ["date 2024-02-01"]),
        ("Dated November 10, 2023.", ["date 2023-11-10"]),
        ("The visit ended on 3rd November.", ["date 2023-11-03"]),
        ("The panel will meet on Wednesday 22 November.", ["date 2023-11-22"]),
        ("The board met on 1 Sept 2023.", ["date 2023-09-01"]),
        ("The board met on 29 February 2024.", ["date 2024-02-29"]),
        ("Not a day: 30 February 2024.", []),
        ("Not a day: 31/13/2023.", []),
        // Months and years
        ("In March 2024 the service moved.", ["month 2024-03"]),
        ("The census of 2021 counted them.", ["year 2021"]),
        ("Since 2019 the numbers have grown.", ["interval 2019/.."]),
        ("During Sept 2023 the team grew.", ["month 2023-09"]),
        // Intervals
        ("Inspectors visited between 10 and 13 July 2023.", ["interval 2023-07-10/2023-07-13"]),
        ("Inspectors visited 10 to 13 July 2023.", ["interval 2023-07-10/2023-07-13"]),
        ("On site 14–15 June 2023.", ["interval 2023-06-14/2023-06-15"]),
        ("Consultation ran from April to June 2023.", ["interval 2023-04/2023-06"]),
        ("Spending in 2023/24 rose.", ["interval 2023-04/2024-03"]),
        ("Spending in 2022-23 fell.", ["interval 2022-04/2023-03"]),
        ("The new unit opens in spring 2024.", ["interval 2024-03/2024-05"]),
        ("Places will be ready by autumn 2025.", ["deadline 2025-11-30"]),
        ("Winter 2023 was hard.", ["interval 2023-12/2024-02"]),
        // Academic years, terms, quarters, weeks, open intervals
        ("In the 2023 to 2024 academic year, exclusions rose.", ["interval 2023-09/2024-08"]),
        ("In academic year 2022/23 they fell.", ["interval 2022-09/2023-08"]),
        ("The pilot runs in Q1 2024.", ["interval 2024-01/2024-03"]),
        ("The panel will meet w/c 20 November.", ["interval 2023-11-20/2023-11-26"]),
        ("The panel met in the week commencing 6 November 2023.", ["interval 2023-11-06/2023-11-12"]),
        ("The new offer will start in the summer term.", ["interval 2024-04/2024-07"]),
        ("Numbers fell in the autumn term.", ["interval 2023-09/2023-12"]),
        ("Waits have grown since September 2022.", ["interval 2022-09/.."]),
        ("Every family will have a caseworker from January 2024.", ["interval 2024-01/.."]),
        ("Since 2019, numbers have doubled.", ["interval 2019/.."]),
        ("From April to June 2023 the service paused.", ["interval 2023-04/2023-06"]),
        // Relative to the document's date
        ("The survey closed two weeks ago.", ["date 2023-10-27"]),
        ("Numbers rose last year.", ["year 2022"]),
        ("The plan will be published next month.", ["month 2023-12"]),
        ("Earlier this year the board changed.", ["interval 2023-01-01/2023-11-10"]),
        ("The unit will open in two years' time.", ["year 2025"]),
        ("Plans will be reviewed by the end of the month.", ["deadline 2023-11-30"]),
        ("Savings are due by the end of the financial year.", ["deadline 2024-03-31"]),
        ("All plans will be reviewed by the end of the academic year.", ["deadline 2024-08-31"]),
        // Deadlines, from the document's date
        ("The plan is due within 35 days of the report's publication.", ["deadline 2023-12-15"]),
        ("A monitoring inspection will take place within 18 months.", ["deadline 2025-05-10"]),
        ("A full reinspection will follow within three years.", ["deadline 2026-11-10"]),
        ("A full reinspection will follow within approximately three years.", ["deadline 2026-11-10"]),
        ("Respond within 10 working days of this letter.", ["deadline 2023-11-24"]),
        ("Respond within 5 working days of the date of this letter.", ["deadline 2023-11-17"]),
        ("The dashboard will be live by the end of March 2024.", ["deadline 2024-03-31"]),
        ("The dashboard will be live by March 2024.", ["deadline 2024-03-31"]),
        ("The dashboard will be live by the end of 2024.", ["deadline 2024-12-31"]),
        ("Reply no later than 19 December 2023.", ["deadline 2023-12-19"]),
        ("Reply no later than 19 December.", ["deadline 2023-12-19"]),
        ("Submit it by 31/03/2024.", ["deadline 2024-03-31"]),
        ("We will appoint a chair before the end of December 2023.", ["deadline 2023-12-31"]),
        ("The review will finish by June 2024.", ["deadline 2024-06-30"]),
        ("Places will be created by September 2025.", ["deadline 2025-09-30"]),
        ("It will be in place until July 2024.", ["deadline 2024-07-31"]),
        ("The college was not told about his plan until October 2021.", ["month 2021-10"]),
        // Waits and repeats
        ("Some waited more than 78 weeks.", ["duration P78W"]),
        ("Families wait for up to two years.", ["duration P2Y"]),
        ("Plans should be issued within 20 weeks.", ["duration P20W"]),
        ("Within the 18-week standard, most were seen.", ["duration P18W"]),
        ("Support lasts for 12 weeks.", ["duration P12W"]),
        ("Advice within six weeks of referral.", ["duration P6W"]),
        ("We reply within five working days.", ["duration P5D"]),
        ("A 13-month wait for assessment.", ["duration P13M"]),
        ("The dashboard is refreshed monthly.", ["recurrence R/P1M"]),
        ("Updates are published quarterly.", ["recurrence R/P3M"]),
        ("The forum meets every term.", ["recurrence"]),
        ("We will report every three months.", ["recurrence R/P3M"]),
        ("Reviewed annually.", ["recurrence R/P1Y"]),
        // Not dates
        ("Children in Year 6 and Year 11.", []),
        ("Support is available 24/7.", []),
        ("Young people aged 16 to 25.", []),
        ("Services for those aged 0 to 25.", []),
        ("There are 2,021 children with plans.", []),
        ("It cost £2,023,000 in total.", []),
        ("Some 45% of families.", []),
        ("Call 01992 555 555 for help.", []),
        ("Under the Children Act 2004.", []),
        ("See section 20(8) of the Act.", []),
        ("© Crown copyright 2023", []),
        ("Of 300 children, 120 waited.", []),
    ])
    func readsThePhrase(text: String, expected: [String]) {
        let mentions = DateTagger(anchor: Self.anchor).mentions(in: text)
        #expect(mentions.map { $0.kind.rawValue + ($0.value.isEmpty ? "" : " " + $0.value) } == expected, "\(mentions.map(\.text))")
    }
}
