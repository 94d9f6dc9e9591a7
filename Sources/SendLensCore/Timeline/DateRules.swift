/// How `timeline` reads dates: the words it knows and the patterns it looks for, in one place.
/// This is data, not code: a new way of writing a date is taught by adding a line below, without
/// reading the matcher (`DateGrammar` reads this text; `DateRulesTests` checks it reads).
enum DateRules {
    static let text = #"""
    # ── How this file is read ─────────────────────────────────────────────────────────────────────
    #
    # LISTS. "@NAME word=value word=value …" names words (a value may be left out). A list runs on
    # over lines that begin with spaces. A word of several words is written with underscores
    # (working_days), a mark between words too (twenty_-_first). In a pattern, the list's NAME stands
    # for any one of its words. @SPELLING is read otherwise: each "word=other" says that the word
    # is read as the other wherever it is written ("til" as "till").
    #
    # PATTERNS. "reading: element element …". The elements match the passage's words in order,
    # ignoring case:
    #   word  1  /  –      that word, number or mark
    #   a|b|c              any one of them; week_commencing is the two words "week commencing"
    #   x?                 x, or nothing
    #   [x y z]            all of them, or nothing
    #   <x|y>              first: must stand just before; last: must stand just after; either way
    #                      not part of the words marked
    #   DAY/MM/YEAR        marks between elements with no spaces mean the parts touch ("10/11/2023")
    #   DAY a day of a month (3, 03, 3rd)   ORD one written "3rd", "31st"   MM a month's number (1–12)
    #   YEAR 1700 to 2099
    #   YY two digits (the 24 of 2023/24)   N a count (35, a word in @NUMBER, or its tens and units
    #   together: "twenty-seven", "twenty seven")   NUM any number
    #   SERIAL three digits or more, not a YEAR (the 0457 of a reference, "SEN-2026-0457")
    #   WORD any word      OWNER any word written with "'s" ("review's")   EMOJI an emoji
    #   END START          the passage's end (after the words found: "back from Spain the 18th");
    #                      its start (before them: "Monday starts bright")
    # Where a DAY, MONTH, MM or YEAR is written twice, the first says where a span starts and the
    # second where it ends. A full stop or comma at either end of the words found is left out.
    # Where two patterns read words starting at the same place, the one reading more words wins;
    # of two reading as many, the one written first. The passage is read from left to right.
    # (A pattern's optional first word, such as "the?" or "between?", is looked for after the rest
    # is found, so that every "the" in a passage is not a place to try it.)
    #
    # READINGS say what the words found mean:
    #   date month year     a day, month or year; with no year written, the document's year, moved
    #                       back in a past-tense sentence and on in a future one (see @FUTURE and
    #                       @PAST), the nearest in one that is neither ("reviews resume on 1
    #                       September"), or as SHIFT says ("last March")
    #   weekday             a weekday: the one before the document's date in a past-tense sentence,
    #                       after it in a future one or one that is neither, or as SHIFT says
    #   weekday's           the same, of a weekday written with "'s" ("Friday's meeting")
    #   month's             a month written with "'s" ("November's book"), by the sentence's
    #                       tense as a month is; not "May's", a name as often
    #   range               from the first DAY/MONTH/YEAR to the second
    #   year-to             the twelve months ending with the DAY or MONTH written (or as many
    #                       as N and UNIT say: "the three months to August")
    #   months-of           the first or last months N and UNIT say of a year, or of a financial
    #                       or academic one (as year-pair chooses)
    #   decade              the ten years from the one @DECADE gives; with @DECADE_PART, the
    #                       years of it that names ("the early 1990s": 1990 to 1993); or, of
    #                       "the 12th century", the hundred years from 1100 (its parts by tens)
    #   financial-year academic-year   from the month @STARTS names (and day: the tax year's 6
    #                       April), for a year
    #   sport-season        a pair of years as a sport's season, from the month @STARTS names,
    #                       for @YEAR_MONTHS's months
    #   year-pair           "2023/24" alone: a financial year, or an academic one in a passage that
    #                       counts pupils (@PUPILS) and names no money (@MONEY)
    #   season term quarter week       months from @SEASON (or @HALF, @HALF_YEAR, @PART), @TERM,
    #                       @QUARTER; seven days from a day (or a month's NTH or last seven)
    #   seasons             two seasons and a year: from the first's start to the second's end
    #   holiday             a day or month of @HOLIDAY, chosen by the sentence's tense
    #   nth-weekday         "the first Monday in May": that day of the month, the year by the
    #                       sentence's tense (or the next, in one that looks neither way)
    #   day-of-month        "the 14th": the month chosen by the sentence's tense (or as SHIFT
    #                       says: "the 3rd of next month"); two, from one to the other
    #   weekend             a Saturday and Sunday: the next, or the last in a sentence that looks
    #                       back, or as SHIFT says
    #   onwards             an interval from the day, month or year written, with no end
    #   ago ahead shift so-far         counted back or on from the document's date
    #   relative            a year, month or week counted from the date written before it in the
    #                       passage ("in 2022 … the year after"), or from the document's
    #   end-of              the last day of the document's PERIOD: a deadline
    #   within              a deadline counted from the document's date when the words after "of"
    #                       name it (@COUNTED_FROM; from the day of an event the document gave
    #                       before, when they name that: @EVENT_NAME), the wait is months or years long, or a
    #                       "by" word stands before it ("due within 35 days"); otherwise
    #                       a standard wait, a duration ("within six weeks of referral"); a
    #                       duration too just after a verb in the past tense ("replied within a
    #                       month") or "were asked to VERB" (@ASKED), or in a clause that says
    #                       what may be done (@STANDING: "families can request a review within
    #                       two months") unless the words after "of" name the document itself
    #                       (@SELF: "of the date of this letter"); the words
    #                       after "of" never end in one of @NOT_LAST nor hold one of @NOT_WITHIN
    #   wait repeat         a duration; a recurrence
    #   not                 not a date: the words are taken so no other pattern reads them
    #   open                words before a date (or a season or term) that make it the start of an
    #                       interval with no end
    #   by by-unless-past   words before a date that make it a deadline, its last day (the second
    #   by-if-future        kind not in a past-tense sentence: "not told until October" is no
    #                       deadline; the third only in a future-tense one), marked with it
    #   due                 the same, the words not marked: "the deadline is ⟦15 February⟧"
    #   before              as by-unless-past, the deadline the day before the date's first
    #                       ("before 1 September": 31 August; "before 2029": 31 December 2028)
    #   by-start            as by, the deadline the date's first day ("by the start of the
    #                       autumn term 2024": 1 September 2024)
    #   nearest             words before a day or month with no year that make it an appointment:
    #                       the nearest such, whatever the tense ("the hearing was moved to ⟦14
    #                       March⟧"); not marked
    #   as-is               words before a date that leave it as it is, so that no other word
    #                       before it is read as a lead ("apart from ⟦Friday⟧" is no start)
    #   day-word            "yesterday", "today", "tomorrow": the document's date, moved by DAY_WORD
    #   due-date            a day written before the name of a deadline ("the 31 January
    #                       submission deadline"): that deadline, its year as a date's
    #   event-month         a month that names a meeting, an intake or a return ("the September
    #                       meeting", "September starters"): the nearest, whatever the tense
    #   coming-month        a month with no year the one under way or to come, or in a clause that
    #                       looks back the last
    #   listed-day          a day of a month listed just after another ("the 3rd, 10th and 17th"):
    #                       the first such day after it
    #   day-ahead           a day listed before others that share a month written after the last
    #                       ("27 or 29 October", "3, 10 and 17 November"): of that month
    #   same-day            the document's day, a year (month, week) back or on
    #   listed-month        a month listed just after another ("in October, February and June"):
    #                       the first such month after it

    # A word written here with a capital ("May") must have one in the text: "may" is not a month.

    # ── Words ─────────────────────────────────────────────────────────────────────────────────────

    @MONTH january=1 jan=1 february=2 feb=2 march=3 mar=3 april=4 apr=4 May=5 june=6 jun=6
           july=7 jul=7 august=8 aug=8 september=9 sept=9 sep=9 october=10 oct=10 november=11
           nov=11 december=12 dec=12
    # The months of the financial year as NHS and council papers number them ("September (M6)"):
    # read only beside the month they stand for, or after "at" or "by" and before a comma or a word
    # of the figures ("at M10, the deficit"), as "M6" is a road too.
    @FIN_MONTH m1=4 m2=5 m3=6 m4=7 m5=8 m6=9 m7=10 m8=11 m9=12 m10=1 m11=2 m12=3
    # Words as they are also spelt, in chats above all.
    @SPELLING til=till nxt=next b4=before wknd=weekend
    @WEEKDAY monday=1 tuesday=2 wednesday=3 thursday=4 friday=5 saturday=6 sunday=7
    @WEEKDAY_SHORT mon=1 tue=2 tues=2 wed=3 weds=3 thu=4 thur=4 thurs=4 fri=5 sat=6 sun=7
    # The same with a capital, where one must be written: "by Fri" ("sat on" is a verb, "sun" the sun).
    @WEEKDAY_CAPITAL Mon=1 Tue=2 Tues=2 Wed=3 Weds=3 Thu=4 Thur=4 Thurs=4 Fri=5 Sat=6 Sun=7
    # … and of those, the ones that are no other word: a weekday wherever they stand ("back to normal
    # Fri", "he wasn't collected Tues"); those written here in lower case in either case, as chats
    # write them ("youth forum thurs??", "the xmas party fri?").
    @WEEKDAY_PLAIN mon=1 Tue=2 tues=2 weds=3 Thu=4 thur=4 thurs=4 fri=5
    # … and those that are other words too, in lower case a weekday only where they end a clause,
    # as a chat's day does ("u coming 2 the party sat??", "we'll run it sat then"; not "she sat.").
    @WEEKDAY_AT_END sat=6 wed=3
    # The weekdays written with a capital, as a name: a weekday before a mark or the passage's end
    # with no other word to say so ("I emailed transport Friday, still no reply").
    @WEEKDAY_NAME Monday=1 Tuesday=2 Wednesday=3 Thursday=4 Friday=5 Saturday=6 Sunday=7
    # … and written in lower case, as chats write them, which no name is: a weekday wherever they
    # stand ("skipped school monday"); read with a capital, these are no match.
    @WEEKDAY_LOWER monday=1 tuesday=2 wednesday=3 thursday=4 friday=5 saturday=6 sunday=7
    @WEEKDAYS mondays=1 tuesdays=2 wednesdays=3 thursdays=4 fridays=5 saturdays=6 sundays=7
    # Days of the week together: a repeat with no one length, as "Monday to Friday" is.
    @WORKDAYS weekdays
    # … and every one of them: no one length either.
    @WORKDAY weekday
    @NUMBER one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11
            twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18
            nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80
            ninety=90 a_couple_of=2
    # Years said in words, "nineteen ninety-eight", "twenty twenty-four": made when the rules are read,
    # from "nineteen" and "twenty" and the counts of @NUMBER from ten to ninety-nine.
    @YEAR_WORDS
    @NTH first=1 second=2 third=3 fourth=4
    # Days of a month spelled out: "the first of October", "the twenty-first of March".
    @DAY_WORDS first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10
               eleventh=11 twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16
               seventeenth=17 eighteenth=18 nineteenth=19 twentieth=20 twenty_first=21
               twenty_-_first=21 twenty_second=22 twenty_-_second=22 twenty_third=23 twenty_-_third=23
               twenty_fourth=24 twenty_-_fourth=24 twenty_fifth=25 twenty_-_fifth=25 twenty_sixth=26
               twenty_-_sixth=26 twenty_seventh=27 twenty_-_seventh=27 twenty_eighth=28
               twenty_-_eighth=28 twenty_ninth=29 twenty_-_ninth=29 thirtieth=30 thirty_first=31
               thirty_-_first=31
    # A unit's value is its length: D days, WD working days, W weeks, M months, Y years, T terms.
    @UNIT day=D days=D calendar_days=D working_day=WD working_days=WD school_days=WD
          business_days=WD week=W weeks=W fortnight=2W fortnights=2W month=M months=M
          calendar_months=M quarter=3M quarters=3M year=Y years=Y decade=10Y decades=10Y century=100Y centuries=100Y term=T
          terms=T half_term=T half_terms=T yr=Y yrs=Y wk=W wks=W mth=M mths=M night=D nights=D
    # Words that move a day, month or weekday back (-1), on (1), or keep it in the document's year (0).
    @SHIFT last=-1 previous=-1 next=1 coming=1 this_coming=1 new=1 this=0 current=0
    # "the week after next": two on; "the week before last": two back.
    @AFTER_NEXT after_next=2 before_last=-2
    # The month, said after a day in old letters: "your letter of the 3rd inst." (this month's),
    # "my account of the 28th ult." (last month's), "the 2nd prox." (next month's).
    @MONTH_SAID inst=0 instant=0 ult=-1 ulto=-1 ultimo=-1 prox=1 proximo=1
    # Months each covers, first to last.
    @SEASON spring=3-5 summer=6-8 autumn=9-11 winter=12-2
    # School terms in England.
    @TERM autumn=9-12 spring=1-3 summer=4-7
    # Events named for a season, with capitals: no season ("the Summer Ball", "the Spring Fair").
    @SEASON_EVENT Spring_Fair Spring_Fayre Summer_Fair Summer_Fayre Summer_Fete Summer_Ball
                  Winter_Ball Spring_Concert Summer_Concert Winter_Concert Summer_Festival
                  Winter_Olympics Summer_Olympics Autumn_Statement Spring_Statement Summer_Show
                  Winter_Wonderland
    # Halves of a year: "the first half of 2024", "H2 2024".
    @HALF first=1-6 second=7-12
    # … not where a game is told of and no year said: "scored twice in the second half".
    @GAME scored half_-_time half_time kick_-_off kick_off tries innings wicket wickets referee
          equaliser equalised
    @HALF_YEAR h1=1-6 h2=7-12
    # "Later this year": the rest of it, from the document's date.
    @REST later
    # Parts of a week, by their first and last weekdays: "early next week" is Monday to Wednesday.
    @WEEK_PART early=1-3 mid=3-4 late=4-5
    # … and "later next week", as "late next week" ("later this week" is from the day itself).
    @WEEK_PART_LATER later=4-5
    # Thirds of a year: "early 2026", "mid-2026", "late 2024".
    @PART early=1-4 mid=5-8 middle=5-8 late=9-12 back_end=9-12 tail_end=9-12
    # Days of the year with names: a month and day; "easter" (Easter Sunday, which moves) and
    # days counted from it ("easter-2": Good Friday); or a month, a weekday and which of them
    # ("11-7:2": the second Sunday, weekday 7, of November); or the first weekday on or after a day
    # ("11-27>7": Advent Sunday), and from it to a day ("11-27>7/12-24": Advent).
    @HOLIDAY christmas=12-25 christmas_day=12-25 christmas_eve=12-24 boxing_day=12-26 easter=easter Easter_Sunday=easter
             Good_Friday=easter-2 Easter_Monday=easter+1 New_Year_Day=1-1 New_Years_Day=1-1
             New_Year_Eve=12-31 New_Years_Eve=12-31 New_Year=1-1 Halloween=10-31 Bonfire_Night=11-5
             Guy_Fawkes_Night=11-5 Armistice_Day=11-11 Valentine_Day=2-14 Valentines_Day=2-14
             Burns_Night=1-25 St_Patrick_Day=3-17 Shrove_Tuesday=easter-47 Pancake_Day=easter-47
             Ash_Wednesday=easter-46 Palm_Sunday=easter-7 Maundy_Thursday=easter-3
             Mothering_Sunday=easter-21 Mother_Day=easter-21 Mothers_Day=easter-21
             Remembrance_Sunday=11-7:2 Father_Day=6-7:3 Fathers_Day=6-7:3 xmas=12-25 xmas_day=12-25
             xmas_eve=12-24 Epiphany=1-6 Twelfth_Night=1-5 Candlemas=2-2 St_David_Day=3-1
             St_Davids_Day=3-1 Lady_Day=3-25 St_George_Day=4-23 St_Georges_Day=4-23 Lammas=8-1
             Michaelmas=9-29 All_Saints_Day=11-1 All_Souls_Day=11-2 St_Andrew_Day=11-30
             St_Andrews_Day=11-30 Hogmanay=12-31 Midsummer_Day=6-24 Midsummers_Day=6-24
             Ascension_Day=easter+39 Whit_Sunday=easter+49 Whitsun=easter+49 Whit_Monday=easter+50
             Pentecost=easter+49 Trinity_Sunday=easter+56 Advent_Sunday=11-27>7 Advent=11-27>7/12-24
    # A bank holiday with no name, one of @BANK_HOLIDAY's (not as a sentence's subject: "the bank
    # holiday is the first Monday in May").
    @BANK_DAY the_bank_holiday=bank
    # … and one of them that falls on a Monday: "bank holiday Monday".
    @BANK_MONDAY bank_holiday_monday=bank the_bank_holiday_monday=bank
    # … and those named for their month or season: "early" the first in May (moved for VE Day in
    # 2020), "spring" the last Monday of May (or June's, in a year it moved), "summer" August's.
    @BANK_NAMED early_May_bank_holiday=early May_bank_holiday=early May_Day_bank_holiday=early
                first_May_bank_holiday=early late_May_bank_holiday=spring spring_bank_holiday=spring
                second_May_bank_holiday=spring summer_bank_holiday=summer August_bank_holiday=summer
    # … and a month holding them: "the bank holiday weekend in May", either of May's.
    @BANK_MONTH May=early,spring August=summer
    # Schools' holidays named for a day, by the months they cover: "the Christmas holidays".
    @HOLIDAYS christmas=12-1 xmas=12-1 six_-_week=6-8 six_week=6-8
    # … and with no name, by the month they are spoken of in: "since the start of the holidays",
    # said in August, is the summer's (the school's, from July); "by the end of the holidays",
    # said in December, the Christmas ones. (In the months between, a half term's, Easter's or the
    # summer's: unread.)
    @UNNAMED_HOLIDAYS 6=7-8 7=7-8 8=7-8 9=7-8 11=12-1 12=12-1 1=12-1
    # The half terms of the autumn term, as a school year starts with them: "the first half term".
    @HALF_TERMS first=9-10 second=11-12
    # The months of the half terms of England's schools (February, May, October), to choose from.
    @HALF_TERM half=2,5,10
    # … and each named for the term it falls in: "autumn half term" is October's.
    @TERM_HALF_TERM autumn=10 spring=2 summer=5
    # The week each half term's holiday usually takes, by the first day of its month the Monday can
    # fall on (February's from the 12th to the 18th, May's the last Monday, October's from the 22nd
    # to the 28th): "before half term" is by the Sunday before it. (Each local authority sets its
    # own; these are the commonest.)
    @HALF_TERM_WEEK 2=12 5=25 10=22
    # Calendar quarters; in a financial year ("Q1 2024/25") counted from its first month instead.
    # Thirds of a decade, by the years of it they cover: "the early 1990s" is 1990 to 1993.
    @DECADE_PART early=0-3 mid=4-6 late=7-9
    # Decades, by their first year.
    # School year groups in the plural: "the new Year 7s".
    @YEAR_GROUPS 1s 2s 3s 4s 5s 6s 7s 8s 9s 10s 11s 12s 13s
    @DECADE 1800s=1800 1810s=1810 1820s=1820 1830s=1830 1840s=1840 1850s=1850 1860s=1860 1870s=1870
            1880s=1880 1890s=1890 1900s=1900 1910s=1910 1920s=1920 1930s=1930 1940s=1940 1950s=1950
            1960s=1960 1970s=1970 1980s=1980 1990s=1990 2000s=2000 2010s=2010 2020s=2020 2030s=2030
    @QUARTER q1=1-3 q2=4-6 q3=7-9 q4=10-12
    # The month each kind of year starts in (and its day, where not the 1st): the financial year
    # on 1 April, the academic on 1 September, the tax year on 6 April, a sport's season (as
    # football's and rugby's run) in August…
    @STARTS financial=4 academic=9 tax=4-6 season=8
    # … and how many months it lasts where not twelve: a season, August to May.
    @YEAR_MONTHS season=10
    # Verbs after which "end of the month", with no "by" or "the", is a deadline, as said: "the
    # survey goes out end of term".
    @END_AFTER out closes close ends finishes finish back done ready leaves leaving goes going comes
               coming happens happening starts start opens open pay paying paid moving_away going_away
               move_away moves_away go_away goes_away
    # Words after a date that make it a deadline with no word before it: "I'll have it back to you
    # Friday at the latest".
    @AT_THE_LATEST at_the_latest at_the_very_latest
    # Words before a bare "end of the month" that read it otherwise: "towards the end of the year".
    @NOT_BARE_END the towards toward at in to of
    # Things counted "1st", "2nd", that make the number no day of a month: "on the 3rd floor".
    @ORD_THING floor floors storey place time times attempt attempts birthday anniversary
               centuries generation edition round division row lesson lessons instalment reminder
               draft version wave stage tier child baby centile centiles percentile percentiles
    # What "the end of the …" can be.
    @PERIOD month=month year=year calendar_year=year financial_year=financial academic_year=academic
            school_year=academic term=term week=week
    @REPEAT monthly=P1M weekly=P1W fortnightly=P2W quarterly=P3M annually=P1Y yearly=P1Y
            biannually=P6M termly=T daily=P1D nightly=P1D hourly=PT1H each_morning=P1D
            every_morning=P1D each_afternoon=P1D every_afternoon=P1D each_evening=P1D
            every_evening=P1D each_night=P1D every_night=P1D
    @TIMES once=1 twice=2 three_times=3 four_times=4
    # Things counted before a repeat, whose count is no length: "10 monthly instalments".
    @INSTALMENTS instalments installments payments sessions visits appointments classes lessons
    # Words after "within … of" that count from the document's own date. A decision only as a
    # letter, sent, or an ombudsman's final one: "within 15 school days of the decision" is a
    # standard wait (the decision is not the document), "within two months of the decision
    # letter" and "within one month of my final decision" deadlines.
    @COUNTED_FROM publication report letter inspection this notice decision_letter decision_being
                  final_decision receipt these
                  outcome visit
    # … but not with one of these, which name another: "within eight weeks of that letter",
    # "within thirty (30) days of receipt of a valid invoice" (a standard: what is received is
    # not the document).
    @NOT_THIS that those invoice invoices request requests application applications claim claims
              payment
    # Words after "within … of" that name an event the document may have given a date for
    # before ("the area SEND inspection published on 6 December 2024"), by the event they name: the
    # wait is counted from that day when the document was written within twice the wait of it.
    @EVENT_NAME publication=published published=published report=published inspection=inspection
                inspected=inspection visit=visit visited=visit
    # … and words that must be said of the event too: "of the last full inspection" is not the
    # monitoring inspection. Those valued "latest" need not be: the latest is the one taken ("the
    # full inspection in October 2024" … "within three years of the last full inspection").
    @EVENT_DETAIL last=latest previous=latest full first monitoring
    # Words that do not end what follows "within … of": "of the publication of the report", not "of the".
    @NOT_LAST the a an of and or to for in on by with its their at
    # Words that end what follows "within … of" before them: "within six weeks of referral and the
    # team will…" is "within six weeks of referral".
    @NOT_WITHIN and or but will shall would should must is are was were has have had which who wherever whenever
                because so when if unless to whether where whichever while no
    # Words that make a sentence look forward: a bare date in it is the next one, not the last
    # ("the government has until 31 December": the next).
    @FUTURE will shall aim aims aiming plan_to plans_to intend intends expect expected going_to
            no_later_than next forthcoming upcoming planned scheduled hoping_to hope_to hopes_to
            is_due are_due won't shan't we'll they'll i'll you'll he'll she'll it'll
            look_forward looking_forward has_until have_until got_until goes_up go_up going_up goes_down go_down
            you're_due we're_due they're_due i'm_due he's_due she's_due it's_due would_now
            going_up_from going_down_from go_up_from go_down_from goes_up_from goes_down_from
            would_like_you_to we'd_like_you_to i'd_like_you_to would_like_them_to we'd_like_them_to
    # … and these, unless a word of @PAST is there too: "I was promised an answer by the end of
    # October" looks back ("its revised Local Offer by the end of March", a word that only ends like
    # the past, does not; nor "the visit should be before August", "we need to be in before
    # September").
    @FUTURE_UNLESS_PAST by_the_end_of to_start to_begin to_commence to_resume to_restart please pls plz
                        should_be should_happen need_to needs_to see_you start_date
    # A timetable's present tense ("the consultation closes on 9 March"): it looks forward too,
    # unless the sentence also looks back ("the service, which opens at nine, was launched in March").
    # ("start", "end" and "open" are left out: "at the end of", "open to all" are no timetable.)
    # So does "deadline": "the deadline is 15 February", but "the 6 week deadline passed on 14th November";
    # and "available": "short breaks are available from October to March", the next; "closed" and
    # "shut" with no word of the past: "the museum is closed 24–26 December"; and a move the year
    # has fixed: "he moves up to secondary in September and nobody's told us which school".
    @TIMETABLE starts begins opens closes ends resumes reopens runs begin open close resume reopen run deadline
               follows follow available closed shut meets meet sits go_on_sale goes_on_sale valid
               retires retire leaves moves joins transfers takes_effect take_effect comes_into_force come_into_force
               comes_into_effect
    # Words that make a sentence look back (with any word ending in one of @PAST_ENDING: "closed").
    @PAST was were had did took met held began came went found told said gave made ago gone
          previously fell rose saw spoke wrote since got ran grew sent spent paid led kept lost won
          brought bought thought felt became knew fallen risen grown shown taken given written seen
          wasn't weren't didn't hadn't sat heard rang left taught sold caught understood stood chose
          drove broke forgot woke slept ate dealt promised sang drank rode flew threw wore hid
          fought hung shook stole struck swore tore wept dug sprang stuck froze fled sank swam
    @PAST_ENDING ed
    # Verbs whose past is written as their present, a past tense after one of @SUBJECT, with no
    # word of @MODAL or the future before it: "they cut his taxi in January", "we put the appeal in"
    # (not "will they cut"; "let" and "set" are left out, as often the present: "you let us know").
    @SAME_PAST cut put shut hit quit
    @SUBJECT i we they he she
    # … but not these, which end so and are no past tense: "Ofsted will visit", "children need".
    @NOT_PAST ofsted need needs indeed speed proceed exceed succeed embed hundred hundreds seed feed
              bed beds red shed bleed breed fixed aged
    # … nor these sayings' last words: "the tribunal is 23rd Feb so fingers crossed".
    @SET_PHRASE fingers_crossed all_sorted job_done well_played
    # … nor these, opening a passage as a notice does, or after a colon as a timetable's entry:
    # "Closed on Christmas Day and Boxing Day", "Boxing Day: closed" (but "the centre closed on 3
    # March" looks back).
    @NOTICE closed shut
    # … nor a word that ends so between one of these and another word, which makes it a describing
    # word: "an updated care plan", "its revised Local Offer" (but "we, the undersigned, call…").
    @DETERMINER a an the its their our your his her my
    # … and these, only ever participles, after one of those and a word: "please pay the amount
    # shown within seven days of this notice", "the advice given in May" are no past tense.
    @PARTICIPLE_ONLY shown given taken written seen chosen known
    # … and words after which any word that ends so is a participle: "anything registered after the
    # 1st goes to the new system" is no past tense.
    @REDUCED anything everything something nothing anyone everyone someone those
    # … but not after one of these: "responses are invited until 27 February", "reviews must be held
    # before Christmas", "the weekend looks unsettled" are no past tense. ("Has" and "have" are not
    # among them: "numbers have fallen from 410 in March to 355 in October" looks back.) Nor after
    # "them", which is no verb's subject: "open evenings, most of them held in late September".
    @PARTICIPLE_AFTER is are be being been am i'm we're you're they're get gets getting
                      look looks looking seem seems remain remains stay stays appear appears feel feels
                      them
    # Words that may stand between those and the participle: "dogs are not allowed in July".
    @PARTICIPLE_BETWEEN not never also still now already all both deep well
    # Words, not verbs, that make a clause look back: "1,920 waiting in October, up from 1,650 in
    # April" is the April before; "includes arrears back to July", the July gone; "still waiting on
    # the minutes from the meeting in March", a thing overdue, the March gone.
    @LOOKS_BACK up_from down_from backdated_to dating_back_to arrears_back_to going_back_to
                still_waiting still_chasing
    # Words before "on" or "with" that set a figure against a time, which holds no date after it:
    # "bookings are up on last year, with 41 in May".
    @COMPARED up down compared
    # … where a figure follows "up from" or "down from" (a number or mark, or one of these): "pick
    # them up from school on the 18th" does not look back.
    @FIGURE last the a an just around about nearly almost over under its their our this
    # … but not after a verb of going, which looks forward (and is in @FUTURE): "the rent's going up
    # from January".
    @GOING_UP going_up_from going_down_from go_up_from go_down_from goes_up_from goes_down_from
    # What a weekday owns that says the day has gone by: "Saturday's result", "Monday's minutes".
    @GONE_BY result results score scores scorers winners minutes highlights
    # What is sent or gathered, and came "from" a day gone by: "returning your call from Tuesday",
    # "your test results from 28/09", "the relatives' survey from October", "actions from the
    # December meeting".
    @SENT call calls message messages email emails letter letters voicemail text texts post
          result results report reports link links one survey surveys minutes figures data
          feedback responses statistics notes photos pictures action actions outcomes decisions
          recommendations slides papers
    # … and what someone owns, a few words before "from", handed over by a word of @HANDED before
    # it in its sentence: "I've attached his SEN support plan from Sept", "bring his old insoles from
    # 2051".
    @OWNERS his her my your our their
    @HANDED attached enclosed attach enclose attaching enclosing forwarded forward bring brought
    # … and a year alone after one of these and "from", where the thing came from: "her old plan
    # was from 2088, so it's well out of date", "the photos are from 2071" (but "the new rates are
    # from April" start then, and so does "from 2092 onwards").
    @ORIGIN is was are were
    # Words whose "'s" is "is", after which a participle is no past tense: "it's pencilled in for
    # the 9th".
    @IS_SHORTENED it that there what here where who he she
    # … and words that follow no owner, so that any "'s" before them is "is": "the panel's on the 8th",
    # "the hearing's the 14th of September".
    @IS_NEXT on in at due coming going off back open closed dated the
    # … and "it's" as chats type it, before one of those: "its on 14th dec".
    @ITS its
    # A past form that is the present after "have", a word between or none: "what have I got on
    # Wednesday?", "we've got a meeting on Friday", "any leave you have left before 31 March".
    @HAVE have has i've we've you've they've haven't hasn't
    @HAVE_PRESENT got left
    # … and any participle after one of those, with one of these after it: "have you had your
    # consultations for September yet?", what is waited for.
    @YET yet
    # … and any participle after one of these, which says what has not happened yet, the present:
    # "we haven't seen anything yet", "I still haven't had the form for the trip on the 2nd".
    @HAVE_NOT haven't hasn't
    # Words that open a condition, in which a participle after "have" looks ahead: "if you have not
    # heard from us by 8 May".
    @IF if unless
    # Words that keep a clause from looking back or forward, whatever tense is in it: "the council
    # said it would reply by October" is the October nearest the document, not the last; "we were
    # told it would be ready by the end of September", not the next.
    @NEITHER would wouldn't i'd we'd they'd you'd he'd she'd it'd
    # Verbs of the present: a clause with one and no other word of tense looks neither way, though
    # the sentence's other clauses look back ("we appealed in April, and the hearing is on 2 March";
    # a call or letter under way: "just ringing about Thursday's meeting – we've had to move it";
    # a request: "left a message | asking for a call back by Wednesday", the next).
    @PRESENT is are am i'm we're you're they're ringing calling phoning writing emailing texting asking requesting
    # Words that start a clause, as a comma, semicolon, colon, bracket or spaced dash does. A clause
    # with a word of tense in it has its own tense ("the team started in April | and will be fully
    # staffed by September"); one with none takes the sentence's ("in March, | the plan will be…").
    @CLAUSE and but although though while whilst whereas that which who because as when asking
            requesting
    # Verbs of saying, after which what was said is a clause of its own, with "that" left out or
    # not: "mum said he's got the dentist Mon morning", "she told me the panel is on the 12th".
    # Words that open an aside between commas whose date holds nothing said after it: "Sarah
    # Lowe, who took over in 2031, said trading since Christmas had been tough".
    @ASIDE who which whose
    @SAYING said says told tells reckons reckoned mentioned explained saying
    # … of which these, before a verb's participle, share the tense of the clause before: "will be
    # completed by the summer | and brought to the committee in September".
    @SHARED and or
    # … but not before one of these, a verb of its own: "He's chipped and was last seen Sunday" looks
    # back.
    @OWN_VERB was were had did
    # "bi-monthly": every two months.
    @BI bi=2
    # Words that, with "'s" or "is", name the day it is: "it's Wednesday", "today is Friday" (that
    # day of the document's week).
    @TODAY_IS it today
    # Words before an appointment's name that say it has gone by, so that its date is read by the
    # tense, not as the nearest: "admitted the offences at an earlier hearing in January".
    @GONE_BEFORE earlier previous prior preceding
    # "the year before", "the following month": counted from the date written before them.
    @RELATIVE before=-1 earlier=-1 previous=-1 preceding=-1 prior=-1 after=1 later=1 following=1
    # "later that year": the date's own year (month, week).
    @THAT that=0
    # Words before a month set against the date before it, which is read as the one nearest that
    # date ("the review will be in March, not May"), or, with a word of @PLANNED just after it, the
    # last before that date, as plans slip: "will open in January, not September as first planned"
    # (last September).
    @CONTRAST not rather_than instead_of
    @PLANNED planned expected promised scheduled hoped intended originally
    # Things a month before them names: "the September meeting", "September starters".
    @EVENT meeting meetings board panel panels committee conference census intake intakes starters inset
           cohort sitting round deadline return returns newsletter survey forum forums workshop
           workshops coffee session sessions webinar event events update magazine issue edition
           bulletin club book_club series group groups steering_group window windows transfer transfers
           live lives livestream broadcast podcast episode q_&_a talk talks drop_-_in drop_-_ins
           inspection inspections
    # Things named after a holiday, not on it: "our Christmas coffee morning on Friday 12 December".
    # Things named after a season, not in it: "the summer timetable starts next Monday" (an event
    # is in it: "the summer fete is on Saturday 4 July").
    @SEASON_THING timetable timetables uniform uniforms menu menus fixtures collection sale sales range
    @SEASONAL coffee party parties fair fayre lunch dinner concert social card cards jumper jumpers cake cakes
              pudding puddings stocking stockings cracker crackers wreath wreaths decorations calendar calendars
              window windows display displays classics market
              markets play egg eggs hunt trail club clubs scheme schemes show shows panto pantomime
              musical production special programme programmes tree trees class classes do lights
              delivery deliveries shopping order orders menu menus opening carol carols song songs
              film films story stories fun hamper hampers turkey turkeys gift gifts presents pumpkin
              pumpkins
              light_switch_-_on
    # Words between a verb in the past tense and a date that make the date look back, whatever
    # the clause does: "children referred in September will be seen by Christmas".
    @AFTER_PAST in on during at
    # Thanks for a thing done ("thanks for calling us on Friday"): the day it was done, gone by.
    @THANKS thanks_for thank_you_for thanks_so_much_for thank_you_so_much_for many_thanks_for
    # Words that start a thing, before "in", "on" or "from" and a date, in a clause of "have" and
    # a verb in the past: what was done now, to start ahead ("we have offered sessions starting in
    # March", said in February, this March).
    @STARTING starting beginning commencing
    # … with one of these between, too: "the council told us in the summer they're stopping it".
    @OBJECT me us you him her them it
    # Verbs after which "to" starts what was meant to be done, which looks neither way: "the ICB
    # agreed last month to do so from June" is the June nearest the document, not the last.
    @INTENT agreed decided promised committed pledged undertook resolved voted chose meant supposed asked requested
    # … of which these, a promise, before "by" and a date: the date promised, the nearest ("they
    # promised a response by Christmas", said in November, this Christmas).
    @PROMISE promised pledged committed undertook guaranteed
    # Words that say what may or must be done. In a clause with one, a word that only ends like the
    # past tense is no past tense ("applications received after 30 June may not be processed"), and
    # with no verb of the past it looks neither way ("… that the inspection could take place from May").
    @MODAL must mustn't should shouldn't may might can cannot can't could couldn't
    # Words before a date in what a clause is about, before its "will" or "may": the date says when
    # a thing came about (the nearest) and sets no deadline ("referrals received after 1 April will
    # be seen", "children on the list before April will keep their place").
    @CONDITION after before
    # Words that open a clause about what came before the rest: with no tense of its own, the
    # clause looks neither way ("Following the decision on 16 July, your rate will fall": the
    # nearest July).
    @FOLLOWING following after
    # Words that say a thing did not happen before the date after "until": then it happened then.
    @NEGATION not never isn't aren't wasn't weren't won't
    # Words that make "2023/24" alone a school year rather than a financial one, unless a word of
    # @MONEY is there too: "in 2023/24, 1.6 million pupils had SEN", "in the 2084/85 academic year,
    # 9% more than in 2083/84".
    @PUPILS pupils pupil students census exclusions exclusion attendance absence gcse gcses
            term_dates inset education sen senco academic_year school_year
    @MONEY £ budget budgets spend spending spent funding grant grants deficit overspend overspent cost costs
    # Words before a weekday that make it a deadline's day: the next one, unless the sentence looks back.
    # Words after which "late" or "early" says how something was, not a part of the year: "they've
    # been late this year" (this year, read alone).
    @BE_LATE been was were is are running arrived
    @LIMIT by until till before
    # Words after which a word ending like the past, first in its clause, is a state that lasts:
    # "can't, grounded till Sunday" (not "Reviewed by the EP in June").
    @LASTS until till
    # Words after "within" that count from the document's date: "within the next fortnight" is a deadline.
    @AHEAD next coming
    # "week ending 7 April", "w/e 15/10": a week named by its last day.
    @ENDING_WEEK week_ending w_/_e
    # "every other week": every two.
    @OTHER other=2 alternate=2 second=2 third=3
    # Words that add a fraction to a count: "two and a half years".
    @FRACTION and_a_half=5
    # A time of day between a day and another listed after it: "Tuesday the 19th at 4.40 or Thursday".
    @AT at @
    @AM_PM am pm a.m p.m noon
    # Times of day before "on" and a date ("by 5pm on 14 October").
    @TIME noon=0 midday=0 midnight=0 6am=0 7am=0 8am=0 9am=0 10am=0 11am=0 12pm=0 1pm=0 2pm=0 3pm=0
          4pm=0 5pm=0 6pm=0 7pm=0 8pm=0 9pm=0 10pm=0 11pm=0 12noon=0
          00am=0 15am=0 30am=0 45am=0 00pm=0 15pm=0 30pm=0 45pm=0   # the minutes of "5.30pm", a word after the mark
    # The document's date, moved by days.
    @DAY_WORD yesterday=-1 today=0 tomorrow=1 tmrw=1 tmw=1 last_night=-1 tonight=0 this_morning=0
              the_day_before_yesterday=-2 the_day_after_tomorrow=2
              this_afternoon=0 this_evening=0 tonite=0 2nite=0 2day=0 2moro=1 2morrow=1
              the_morra=1 the_morn=1
    # Things counted, after which a four-digit number is a count, not a year.
    @COUNTED children young_people families pupils people parents carers cases plans requests
             assessments places schools staff responses learners students referrals
    # England's bank holidays (the same in Wales), as announced on GOV.UK, for counting working
    # days. A year not listed (from 2000 to 2099) keeps the eight of every year, worked out.
    @BANK_HOLIDAY 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25
                  2020-12-28
                  2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27
                  2021-12-28
                  2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29
                  2022-09-19 2022-12-26 2022-12-27
                  2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28
                  2023-12-25 2023-12-26
                  2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25
                  2024-12-26
                  2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25
                  2025-12-26
                  2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25
                  2026-12-28
                  2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27
                  2027-12-28
    # Words in a passage that report something done: "the plan was submitted on 19 December".
    @DONE submitted published appointed approved completed launched introduced in_place in_use
          took_place was_held were_held carried_out delivered opened agreed started began
          held signed issued
    # … said as done ("has been approved", "is now in use"), not promised ("will be in place").
    @REPORTED has_been have_been had_been is_now are_now was were
    @PROMISED will shall
    # Verbs of asking: "parents were asked to reply within a month" is a wait counted from the
    # asking, not a deadline counted from the document's date ("the council agreed to review within
    # three months" is one).
    @ASKED asked told invited required instructed expected
    # Words that tell the reader what to do: a deadline with no year in such a clause is the next
    # ("you must reply by 6 May", said in September).
    @YOU you your
    # Words before a deadline worked out from a rule, which is then the nearest such day: "within 20
    # weeks of the request, so by 22 May".
    @WORKED_OUT so therefore
    # Verbs that, opening a sentence, tell the reader to do a thing: the same ("Apply by 31 May",
    # said in October, is next May's).
    @ORDER apply reply register book return renew submit send respond complete sign enrol pay order
           email call ring contact tell
    # Words that open a clause about a thing: "within" just after them and one verb is a
    # condition, not a deadline ("any tree which dies within five years shall be replaced").
    @WHICH which who that
    # Words that make "within" a time limit, not a deadline: "you can appeal within two months",
    # "claims must generally be brought within six years", "told of their right to appeal within
    # two months".
    @STANDING can cannot could may can't couldn't generally usually normally typically right_to
    # … and words that do so anywhere in the sentence: "by law, the council must respond within 15
    # days of the notice" states a standard.
    @LAW law legally legislation regulations
    # How a thing is done, after "by": "the hearing will take place by video on 14 January" is no
    # deadline.
    @MEANS video phone telephone email e_-_mail post letter hand text zoom teams courier
    # Words after "within … of" that name the document itself: "within two months of the date of this
    # letter" is a deadline, whatever else the clause says.
    @SELF this our these
    # What is done to a paper on its date, ending what follows "within … of the date": "within 28
    # days of the date this decision was sent", "… the date on which the notice is served".
    @DATED sent issued served posted given made received signed published emailed
    # Names of a deadline, written after its day: "the 31 January submission deadline".
    @DEADLINE_NAME deadline deadlines cut_-_off cutoff closing_date submission_deadline filing_deadline
           registration_deadline payment_deadline application_deadline applications_deadline
           response_deadline statutory_deadline
    # Words before a day that say it comes after the day told before it: "away from the 6th,
    # back the 16th".
    @LATER_DAY back return returning home
    # Words that say a date was moved: the new one is the nearest such, whatever the tense ("the
    # hearing was moved to 14 March", "the council has extended the deadline to 1 December").
    @MOVED moved postponed rescheduled deferred delayed changed put_back pushed_back brought_forward
           carried_forward carried_over rolled_over
           put_forward moved_forward extended
    # Words that say a date was set: "the tribunal's listed for June", "booked for the 14th"; or
    # that it is to be called off, which is done before the day ("had to cancel her clinic on the
    # 17th"; "they cancelled his appointment on the 3rd" is read by its tense).
    @BOOKED listed booked booking scheduled pencilled penciled arranged cancel

    # ── Not dates (first, so that they win a tie) ─────────────────────────────────────────────────

    not: year|years|yr DAY                      # "Year 6": a school year group ("year 2024" is a year)
    not: key_stage NUM
    not: name is|was? MONTH                     # "her name is June", "her name's June": a name
    not: named|called MONTH
    not: £NUM|$NUM|€NUM                         # money: "£2023"
    not: NUM%|NUM_per_cent|NUM_percent
    not: act|regulations|order|copyright|code|rules YEAR    # "the Children Act 2004"
    not: copyright © YEAR                       # a page's footer: "Copyright © 2025"
    not: the YEAR WORD? WORD? WORD? act|acts|regulations   # "the 1981 Act", "the 1981 Education Act"
    not: of_practice YEAR
    not: aged|age|ages|ageing between? N to|-|–|and N years?
    not: at N year|years|year_old|years_old [,? and? N month|months]   # "at 18 years or later", "at one year", "due at 3 years 4 months": an age
    not: <age|ages|aged> is|was|of N UNIT [,? N UNIT]    # "a reading age of 6 years 2 months": an age
    not: <age|ages|aged> N UNIT [,? N UNIT]              # "aged 7 years 4 months"
    not: at N to|-|–|and N weeks|months|years       # "reviews at 6 to 8 weeks": an age
    not: <was|were|born|delivered|reviewed|seen|assessed|weighed|measured|checked|vaccinated|immunised|given|again|appointment|appointments|held|scan|booked|MONTH> at N week|weeks|month|months <,|.|;|and|on|in|END>   # "her last review was at nine months, in April", "next appointment at 16 weeks": an age, or a pregnancy's weeks
    not: <vaccine|vaccines|jab|jabs|offered|given> from N week|weeks|month|months <,|.|;|and|END|onwards>   # "whooping cough vaccine from 16 weeks": a pregnancy's weeks
    not: at|from|by|before|after? N week|weeks pregnant|gestation|of_pregnancy|of_gestation   # "at 16 weeks of pregnancy", "20 weeks pregnant"
    not: N-year|N-month|N-week|N_year|N_month|N_week developmental? check|checks|review|reviews   # "the two-year check", "8-week check": an age
    not: N FRACTION year|month developmental? check|checks|review|reviews   # "the two and a half year review"
    not: a|one|three quarter|quarters of            # "less than a quarter of parents": a part
    not: a|the term <of>                            # "a term of 99 years", "the term of the lease": a length's name
    not: the NTH quarter in_a_row|running           # "for the third quarter in a row": a count
    not: 0 to|-|– 25 years?                     # "0 to 25": the ages of the SEND system
    not: N-year-old|N-year-olds|N_year_old|N_year_olds
    not: N to|-|–|and N-year-olds|N_year_olds|N-year-old|N_year_old    # "16 to 25-year-olds"
    not: N years|year|months|month|weeks|week|days|day old|olds|of_age      # ages: "five years old"
    not: N to|-|–|and N years|year|months|month|weeks|week|days|day old|olds|of_age   # "9 to 12 months old", "10 to 14 days old"
    not: up_to|under|over|aged|until|to 11|12|13|14|15|16|17|18|19|20|21|22|23|24|25 years   # "up to 25 years": an age
    not: <children|child|pupils|people|young_people|those|babies|infants|boys|girls|patients> under|below|aged N UNIT   # "children under 5 years": an age ("people over three days" is a wait)
    not: daily life|lives|living|routine|routines|activities|tasks
    not: the WEEKDAY and|& WEEKDAY nights|mornings|afternoons|evenings   # "rooms for the Friday and Saturday nights": of an event, no repeat
    not: ‘|“|'|" WORD WEEKDAYS                        # "‘Takeover Tuesdays’": an event's name
    not: HOLIDAY <SEASONAL>                     # "our Christmas coffee morning": an event's name
    not: father|santa_'s|santa's Christmas      # "Father Christmas will be in his grotto": a man, no day
    not: <last|first|final> EVENT morning|evening|night? before|after HOLIDAY   # "our last session before Christmas is on Saturday 17 December": which one, no deadline
    not: <last|first|final> EVENT morning|evening|night? before|after HALF_TERM -? term   # "the first coffee morning after half term"
    not: the weekend <of_the|of_a|of_an|of_our|of_their|of_its|of_his|of_her|of_my|of_your>   # "over the weekend of the town carnival": an event's, not the next
    not: the SEASON <SEASON_THING>              # "the summer timetable"
    not: <until|till|by|before|after> the SEASON <SEASONAL>   # "rehearsals continue until the summer concert": the event's day, not the season's end
    not: SEASON <SEASON_THING>                  # "winter uniform"
    not: HALF_TERM -? term <SEASONAL>           # "the half term club"
    not: HALF_TERM -? term <WORD_SEASONAL>      # "Half-term craft club"
    not: the? MONTH HALF_TERM -? term <SEASONAL>   # "the October half term programme"
    not: the SEASON|HOLIDAYS holiday|holidays <SEASONAL>   # "the summer holiday club" ("the" written out: the
    not: SEASON|HOLIDAY holiday|holidays <SEASONAL> # season's own pattern starts with it; "the Easter holiday scheme")
    not: YEAR COUNTED                           # "2000 children"
    not: page|pages|p|pp|p.|pp.|section|sections|paragraph|paragraphs|para|chapter|table|figure|item NUM
    not: room|rooms|suite|flat|unit|floor|building NUM      # "Room 2025"
    not: the? ORD ORD_THING                                 # "on the 3rd floor", "her 2nd attempt": no day
    not: ORD to|-|–|and the? ORD ORD_THING                  # "fallen from the 25th to the 9th centile": no days
    not: <up|down|rose|fell|climbed|dropped|slipped> from ORD to|-|– ORD   # "moved up from 3rd to 1st place": places, no days
    not: SERIAL SERIAL? YEAR                                # a phone number: "0300 123 2025"
    not: NUM:NUM                                # a time of day, "10:30"
    not: rated|rating|ratings|score|scores|scored|scoring|mark|marks|average|averaged :? of? from? DAY/MM   # "Score: 3/4 - 4/5", "rated 4/5"
    not: /YEAR/NUM                              # a reference: "SEN/2025/0457"
    not: YEAR-SERIAL|YEAR/SERIAL                # a reference: "FOI-2026-0142", "FOI 2026/0142"
    not: the? SEASON|HOLIDAY recess             # Parliament's recess: its dates are not these
    not: may i|we <come|ask|go|have|help|be|say|leave|take|add|suggest|speak|see|just|please|request|remind|thank|introduce|check|borrow|use|join>   # "Um, May I come in?": asking, no month
    not: the? SEASON equinox|solstice           # "the spring equinox": a day the sky gives, not the season
    not: new year|years group|groups            # "a new year group", not next year
    not: new year|years <DAY|YEAR_GROUPS>       # "the new Year 7s are settling in": a school year, not next year
    not: happy new year|term                    # a greeting, not next year ("Happy new term!")
    not: a WEEKDAY                              # "sorry to message on a Monday morning", "it's a Tuesday": no one day
    not: the? SEASON exam|exams timetable|timetables|entries|series   # "the summer exam timetable": the exams named, no season
    not: weekend|weekends <ticket|tickets|ticket_holders|pass|passes|camping|wristband|wristbands|break|breaks|job|jobs|shift|shifts|rate|rates|working|opening|hours|staff>   # "for weekend ticket holders": a kind of ticket, no weekend
    not: new WEEKDAY                            # "our new Saturday clinic": a name, not the next
    not: the? SEASON_EVENT                      # "The Summer Ball is on 13 June": an event's name, not the season
    not: the? easter holidays|hols|break        # "closes for the Easter holidays": a school's weeks, not Easter Sunday
    not: any WEEKDAY [or|and|& WEEKDAY]         # "any Monday or Tuesday is best": nor these
    not: the WEEKDAY_NAME <,|.|?|!|;|END>       # "instead of the Sunday?": a Sunday known from what came before
    not: a|one night off|out|away               # "we have not had a night off in three years": a break, not a wait
    not: <in|over|during> the last UNIT         # "in the last year", "in the last decade": no one span ("last year" alone is the calendar year)
    not: <Henry|Edward|George|Elizabeth|Charles|James|William|Richard|Mary|Anne|Louis> the ORD   # "Henry the 8th": a king or queen
    not: <UNIT> before the start|beginning of term   # "apply a month before the start of term": any term
    not: the UNIT RELATIVE <WORD>               # "the week before term started": before the term, not the document
    not: ORD centuries|birthday                 # "the 19th and 20th centuries", "her 16th birthday"
    not: Michaelmas|Hilary|Trinity|Candlemas|Lammas|Whitsun term|terms   # "Michaelmas term": a university's term, its dates its own
    not: early|late|spring|summer|august MONTH? bank_holidays   # "the May bank holidays": days named, not the month
    not: the? coming|next|following|last|past|recent weeks|months|years|days   # "over the coming weeks": no day
    not: N UNIT a|per UNIT                      # "365 days a year", "3 days a week": a rate
    not: one day <next|this|soon|last_week>     # "pop in one day next week": some day, no length
    not: N UNIT a|per UNIT WORD? WORD? WORD? WORD? and|or|plus N UNIT   # "three days a week at their placement and one day in college": the rate said once for both
    not: N UNIT a|per UNIT WORD? WORD? WORD? WORD? and|or|plus at|in|on WORD N UNIT   # "four days a week at the hospital and at college one day"
    not: N hours a|per UNIT                     # "24 hours a day"
    not: on N days|nights <since|in|this|last|so_far|out_of|a|per|each|every|over|during|between|,|.|;|!|?|and|or|END>   # "used your ticket on 212 days since March", "gritted the roads on 87 nights": a count, no length ("on 28 days' notice" is one)

    # ── Days ──────────────────────────────────────────────────────────────────────────────────────

    due-date: <the|a|this|that|our|your|its|their> DAY MONTH .? ,? YEAR? <DEADLINE_NAME>   # "after the 31 January submission deadline" (before a date's pattern: a tie goes to it)
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] DAY MONTH .? ,? YEAR? [( WEEKDAY|WEEKDAY_SHORT .? )]   # "4th March (Weds)"
    date: today|tomorrow|yesterday ,? WEEKDAY|WEEKDAY_SHORT? DAY MONTH .? ,? YEAR?   # "Today, Wednesday 25 February": one day
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] the? DAY of MONTH ,? YEAR?
    date: the? DAY of? MONTH SHIFT year                     # "the 22nd of July last year": that year's
    date: DAY day of MONTH ,? YEAR?                         # "this 14th day of November 2025", as orders are dated
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] MONTH .? DAY ,? YEAR # "November 10, 2023", "Nov 10 2023", "Oct. 3, 2025"
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] MONTH .? the? ORD   # "March 14th", "Oct. 8th", "January the 5th": the year by the sentence's tense
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] the DAY_WORDS of MONTH ,? YEAR?   # "the first of October", "Tuesday the third of March"
    date: WEEKDAY|WEEKDAY_SHORT .? ,? MONTH DAY             # "Saturday, March 22"
    date: <on|by|until|till|to|from|before|after|since|through|thru|ends|closes|opens|starts|begins|expires> MONTH .? DAY   # "moved to March 14", "on Aug. 14", "since August 14", "registration ends March 15"
    date: DAY-MONTH-YEAR|DAY-MONTH-YY                       # "03-Sep-2025", "3-Sep-25": as spreadsheets write them
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] DAY/MM/YEAR|DAY.MM.YEAR|DAY-MM-YEAR   # day first, as in the UK; "Tue 03/12/2058"
    date: [WEEKDAY|WEEKDAY_SHORT .? ,?] DAY/MM/YY|DAY.MM.YY   # "31/03/24", "on Tue 03/12/58"
    date: <born|dob|dated|on|:> DAY-MM-YY                   # "Born 3-7-07"
    date: last|next|this WEEKDAY|WEEKDAY_SHORT .? ,? DAY MONTH .? ,? YEAR?   # "last Friday, 17 April": one day, written twice
    date: DAY of? MONTH .? 'YY|’YY                          # "31st Mar '26", "5th of Jan '09"
    date: <on|by|from|since|until|till|before|after|due|appt|appointment|mtg|closed|completed|done|sent|received|actioned|raised|given|administered|reviewed|started|stopped|updated|issued|signed|booked|booked_for|booked_in_for> [WEEKDAY|WEEKDAY_SHORT .? ,?] DAY/MM   # "on (Mon) 12/9", an action log's "Closed 14/09", a note's "flu vaccine given 12/10": the year by the sentence's tense
    date: WEEKDAY|WEEKDAY_SHORT .? ,? DAY/MM                # "moved to Fri 12/12": a weekday says it is a day
    date: <deadline_:|due_:|date_:> DAY/MM                  # "Deadline: 19/12"
    date: <MOVED_to|MOVED_until> DAY/MM                     # "the review got moved to 3/12"
    date: DAY/MM <at|@|TIME|NUM:NUM|NUM.NUM|NUM:WORD|NUM.WORD|NUM_am|NUM_pm>   # "ENT 12/4 2.15pm", "dentist 3/5 at 4": a day, as a time after it says
    day-ahead: DAY–DAY|DAY-DAY|ORD–ORD|ORD-ORD <,_DAY|and_DAY|or_DAY|&_DAY|,_ORD|and_ORD|or_ORD>   # "the weekends of 10–11 and 17–18 August"
    day-ahead: WEEKDAY|WEEKDAY_SHORT DAY|ORD <and_WEEKDAY|or_WEEKDAY|,_WEEKDAY|&_WEEKDAY|and_WEEKDAY_SHORT|or_WEEKDAY_SHORT>   # "free slots on Monday 2 and Thursday 5 April"
    day-ahead: DAY|ORD <,_DAY|,_ORD|,_the_ORD|or_DAY|or_ORD|or_the_ORD|and_DAY|and_ORD|and_the_ORD|&_DAY|&_ORD>   # "on 27 or 29 October", "3, 10 and 17 November": of the month after the last day listed (before the days of a month, which read "the 3rd" first)
    day-of-month: <on_the|by_the|until_the|till_the|from_the|since_the|before_the|after_the|of_the|be_the|is_the|actually_the|really_the|was_the|it_the|to_the|for_the|do_the|say_the|around_the|back_the|yes_the|yeah_the|no_the|not_the|dated_the|away_the|off_the|free_the|working_the|then_the|them_the|him_the|her_the|us_the|me_the|you_the|skip_the|miss_the|cancel_the|swap_the> ORD   # "meant to be last Tuesday, then the 21st", "can we skip the 19th", "on the 14th", "back the 27th", "your email of the 20th", "it was meant to be the 16th", "now it's the 28th" (it_the: "it's" is read as "it")
    day-of-month: SHIFT? WEEKDAY|WEEKDAY_SHORT ,? the? ORD  # "Thursday 16th", "next Thursday, 16th"
    day-of-month: SHIFT? WEEKDAY|WEEKDAY_SHORT ,? the DAY_WORDS   # "we've also got Monday the fourteenth", as said
    day-of-month: <on_the|by_the|until_the|from_the|for_the|is_the> ORD of the? SHIFT month   # "on the 3rd of next month"
    day-of-month: the DAY_WORDS of the? SHIFT month         # "by the thirtieth of this month"
    nth-weekday: the NTH|last WEEKDAY|WEEKDAY_SHORT in|of MONTH ,? YEAR?   # "the first Monday in May", "the first Weds of May"
    nth-weekday: the ORD WEEKDAY|WEEKDAY_SHORT in|of MONTH ,? YEAR?   # "the 2nd Tuesday in November"
    day-of-month: <from_the|between_the> ORD to|-|–|and the? ORD   # "from the 17th to the 21st"
    day-of-month: <cop|cob|eod> ORD                         # "no later than COP 13th"
    day-of-month: <the> ORD <MONTH_SAID>                    # "my account of the 28th ult.": of the month it names
    day-of-month: WEEKDAY|WEEKDAY_SHORT the? ORD to|-|–|until WEEKDAY|WEEKDAY_SHORT the? ORD   # "Mon 27th to Fri 1st"
    day-of-month: <in_the> ORD <and|or|,|.|?|!|instead>     # "let's pencil in the 14th and confirm" (not "in the 14th century")
    day-of-month: <OWNER_the> ORD                           # "annual review's the 12th": "'s" before "the" is "is"
    day-of-month: ORD <works|suits|is_fine|is_good|is_ok|is_better>   # "13th works for me": a day offered
    day-of-month: <shuts|closes|opens|reopens|finishes|starts|ends> ORD   # "the office shuts 24th"
    day-of-month: <the> ORD -|– ORD                         # "can I book the 21st-23rd off": from one to the other
    day-of-month: ORD -|– ORD <,|.|?|!|;|if|for|then|END>   # "can do 20th–22nd if that helps" (not "the 3rd–4th floors")
    day-of-month: <away|off|free|busy|out> ORD -|–|to ORD   # "I'm away 15th–16th btw"
    day-of-month: <on|by|until|till|from|since|before|after> the DAY_WORDS <,|.|?|!|;|END>   # "back here in the cup on the twenty-third"
    day-of-month: ORD -|–|to ORD <please|pls|btw|thanks|thx> # "so no walks 11th to 14th please"
    day-of-month: <:|on|is|are|was|were|do|book|booked> ORD to|until|till ORD <,|.|?|!|;|if|for|then|END>   # "respite is confirmed: 27th to 30th" (not "up from 3rd to 1st")
    day-of-month: <the> ORD to|until|till|-|– the ORD       # "on annual leave the 18th to the 22nd"
    day-of-month: <on|by|until|till|before|from> ORD       # "consent forms back by 12th", as typed
    day-of-month: <(|(_the> ORD <)>                         # "training restarts this Saturday (28th)"
    day-of-month: <,_the> ORD <,>                           # "skint till payday, the 28th, so…": a day said between commas
    day-of-month: <the> ORD <.|?|!|then|END>                # "No wait, Wednesday. The 7th.": a day said alone; "the 20th then?"
    day-of-month: <the> ORD <or_ORD|and_ORD>                # "she's suggested the 1st or 2nd of December": the first, as a day of the month is read
    listed-day: <,|and|or|&> ORD                            # "on the 3rd, 10th and 17th"
    listed-day: <and_the|or_the|,_the> ORD                  # "this Friday and the 18th"
    repeat: <every_WEEKDAY_and|every_WEEKDAY_,|each_WEEKDAY_and|every_WEEKDAY_or> WEEKDAY   # "every Tuesday and Thursday": the second a repeat too (before listed-day, which reads the same word)
    listed-day: <and|or|&|,|/> WEEKDAY|WEEKDAY_CAPITAL      # "on Monday and Tuesday", "Sat or Sun", "Sat/Sun"
    listed-day: <or|and> next|last <?|.|,|!|;>              # "this Thursday or next": a week on from it
    date: YEAR-MM-DAY                                       # ISO
    date: YEAR/MM/DAY                                       # "2023/11/18"
    not: NUM/NUM/NUM|NUM.NUM.NUM|NUM-NUM-NUM                # "31/13/2023": no day, and no year either
    repeat: <TIME_,|TIME_;|am_,|am_;|pm_,|pm_;|NUM:NUM_,|NUM:NUM_;|hours_:|times_:|open|opens|open_:> WEEKDAY|WEEKDAY_SHORT ,? <TIME_to|TIME_-|TIME_–|TIME_until|NUM.TIME_to|NUM.TIME_-|NUM.TIME_–|NUM:TIME_to|NUM:TIME_-|NUM:NUM_to|NUM:NUM_-|NUM:NUM_–>   # (before the weekdays: a tie goes to the first) "Office hours: Monday to Friday 9am to 5.30pm, Saturday 9am to 1pm": hours it keeps every week
    repeat: <day_is|days_are> WEEKDAY_NAME <;|.|,|END|and>  # "changeover day is Saturday", "bin day is Thursday": each week (before the weekdays: a tie goes to it)
    weekday: SHIFT WEEKDAY|WEEKDAY_SHORT                     # "last Friday", "last Fri"
    weekday: <on|by|until|till|from|since|before|after|to|at|for|of|through|during|into|throughout|least|over> WEEKDAY   # "who came to Saturday's workshop", "the early hours of Sunday", "heavier through Friday afternoon"
    weekday: <ends|closes|starts|opens|begins|expires|finishes|reopens> WEEKDAY   # "offer ends Sunday"
    weekday: <review|recheck|reassess|rv> WEEKDAY           # "Review Friday if no better", as doctors dictate
    weekday: <the> WEEKDAY_NAME <EVENT>                     # "an update from the Tuesday meeting": the day of a meeting
    weekday: <on|by|until|till|from|since|before|after|for|cop|cob|eod> WEEKDAY_CAPITAL .?   # "forms back by Fri pls", "by COP Wed"
    weekday: <cop|cob|eod|play|business|TIME> WEEKDAY       # "by close of play Friday", "by noon Friday"
    weekday: WEEKDAY_NAME|WEEKDAY_CAPITAL <TIME|then>       # "parkrun Sat then long run Sunday 9am"
    weekday: WEEKDAY|WEEKDAY_CAPITAL <:|–|—>                # "Tue: chase LA", "Sat – half day": a diary's label, first in its passage: that day of the document's week
    weekday: WEEKDAY_PLAIN .?                               # "should be back to normal Fri"
    weekday: WEEKDAY_LOWER                                  # "skipped school monday 💀"
    not: i|we|he|she|they|who|which|that|and|all|just|had|never|couple WEEKDAY_AT_END <?|!|.|then|END>   # "she sat.", "the couple wed": verbs
    weekday: WEEKDAY_AT_END <?|!|then|END|EMOJI>            # "u coming 2 the party sat??", "we'll run it sat then", "nans sat 🙄"
    weekday: <.|?|!> WEEKDAY <?>                            # "Can't do Saturday. Sunday?": a day offered alone
    weekday: <.|?|!|,|:> WEEKDAY <.|!>                      # "Son: Tuesday. No wait, Wednesday.": a day said alone
    weekday's: WEEKDAY                                      # "Friday's meeting": with "'s" only
    month's: MONTH                                          # "has everyone finished November's book?": with "'s" only
    weekday: WEEKDAY_NAME <,|.|?|!|;|(|END|and|but|then|so|at|because|cos|coz|cuz|'|’|i|i'm|we|to|about|for|with|till|until|as>   # "no training Tuesday 'cause the pitch is booked", "next collection: Wednesday (recycling)", "two hours Saturday as well", "meeting the SENCo Wednesday about my access arrangements", "have Alfie Friday till 6", "a meal Saturday to celebrate", "the panel meets Thursday", "emailed transport Friday, no reply", "went to the garden centre Thursday and got…", "the library Saturday I need a book"
    weekday: WEEKDAY_NAME <and_WEEKDAY|or_WEEKDAY|&_WEEKDAY>   # "a suspension for two days, Thursday and Friday"
    weekday: WEEKDAY_CAPITAL <and_WEEKDAY_CAPITAL|or_WEEKDAY_CAPITAL|&_WEEKDAY_CAPITAL|/_WEEKDAY_CAPITAL>   # "can collect Sat or Sun"
    weekday: <it|today|it_is|today_is> WEEKDAY              # "it's wednesday not tmrw??", "today is Friday": what day it is
    weekday: <START|.|?|!> WEEKDAY_NAME <is|was|will|starts|looks|brings|sees|should|could|would|might|has|had|we|i|it>   # "Monday starts bright": a day opening a sentence
    not: <Black|Cyber|Man|Girl|Blue|Super> WEEKDAY          # "Black Friday", "Man Friday": names
    weekday: WEEKDAY|WEEKDAY_CAPITAL <night|evening|morning|afternoon|lunchtime|teatime|lunch|breakfast|dinner|tea|after_work|after_school|before_work|before_school>   # "Mum's coming over Friday night", "the dentist Mon morning", "Wed lunch?", "head down Friday after work"
    weekday: <do|say|says|said|try|suit|suits|about|make|again|arriving|arrives|arrive|expected|delivery|nights|shifts|him|her|them|em|us|me|you|round|seen|came|went|arrived|started|than|back|so|swap|cancel|cancelled|move|moved|skip|miss|missed|book|booked|available|free> WEEKDAY|WEEKDAY_CAPITAL   # "see you Sat", "I'll ring 'em Monday", "available Sun for the friendly", "I can do Thursday", "doing nights Thursday", "see you Monday", "get Dave round Wednesday", "so Friday at the earliest", "can I swap Saturday", "Arriving Friday by 10pm"
    weekday: WEEKDAY <suits|suit|works|work|would|is_fine|is_good|is_better|is_ok|any_good>   # "Thursday suits me"
    weekday: WEEKDAY|WEEKDAY_SHORT just? gone|last          # "Monday gone", "on Monday last": the last
    weekday: WEEKDAY|WEEKDAY_SHORT next                     # "shall we say Tuesday next?": the next
    weekday: WEEKDAY|WEEKDAY_SHORT SHIFT week               # "Tuesday last week": that day of the week SHIFT names
    weekday: SHIFT week WEEKDAY                             # "on next week Monday", as some write it: the same
    weekday: <first_thing|last_thing> WEEKDAY|WEEKDAY_SHORT # "see you first thing Monday"
    weekday: N|a|an UNIT on WEEKDAY|WEEKDAY_SHORT           # "a week on Friday": a week after the next Friday
    weekday: SHIFT? WEEKDAY week|fortnight                  # "Friday week", "Monday fortnight": the same
    weekday: a|an UNIT WEEKDAY|WEEKDAY_SHORT                # "a week Monday": as "a week on Monday"
    weekday: the WEEKDAY AFTER_NEXT                         # "the Monday before last", "the Friday after next"
    weekday: the WEEKDAY after                              # "next Friday and the Friday after": after the day before
    weekday: the following WEEKDAY                          # "from Monday 21 September, and teaching starts the following Monday"
    weekend: SHIFT weekend                                  # "last weekend", "this weekend"
    weekend: <START|.|!|?|all|at|over|on|for|by|until|till|since|from|during|before|after|across|through|throughout> weekend   # "buses run all weekend", "Weekend was great" (not "our open garden weekend is 16–17 October")
    weekend: the weekend                                    # "after the weekend": by the sentence's tense
    weekend: the weekend AFTER_NEXT                         # "the weekend after next": the one after the next
    weekend: the weekend after                              # "the 13th-15th March or the weekend after": after the date before
    weekend: the weekend of DAY MONTH .? ,? YEAR?           # "the weekend of 17th July": the one that day is in
    weekend: the weekend of the ORD                         # "camp is the weekend of the 27th"
    not: the weekend of <DAY–DAY|DAY-DAY|DAY_–_DAY|DAY_-_DAY|DAY_to|DAY_and>   # "the weekend of 23–25 August": the days written say which
    weekend: that weekend                                   # "the party's Sat 17th … that weekend": the one of the day before it

    # ── Months and years ──────────────────────────────────────────────────────────────────────────

    month: MONTH .? YEAR
    month: MONTH .? 'YY|’YY                                 # "Aug '24": a year of this century
    month: MONTH of YEAR
    month: <:|exp|expiry|expires|expiring|until|till|by|from|since|before|after|in|to|thru|end> MM/YEAR   # "expiry date: 03/2041", "Exp 11/2040": a card's or a medicine's month (not "Ref 4/2023")
    month: SHIFT MONTH                                      # "last March"
    month: that MONTH                                       # "June 2024. He started that September": of the date before it, or the next
    month: the MONTH after <,|.|;|!|?|END|and|or|but>       # "open this September, and the school the September after": the first after the date before it
    month: MONTH SHIFT year                                 # "since Jan last year", "in March next year": that year's
    month: <in|by|since|from|until|till|before|after|during|over|through> the MONTH <,|.|;|:|?|!|)|END|and|or|but|so|when|then|because>   # "we got the plan in the October, so…": a month as one of a year told of, with its "the" (not "the March meeting")
    month: <in|into|by|since|from|until|till|before|after|during|of|throughout|through|early|late|mid|mid-|now_and|now_until|said|says|now|in_the|beyond|only|it|end|was|is|be|saying|looking_at|look_at|due|outside|except|excluding|closed|shut|start_date|end_date> MONTH   # "start date April", "dogs welcome outside July and August", "closed August", "now they're saying January", "was meant to be Jan", "we'd be looking at June", "was due Jan", "last time we went was June", "they said October originally", "Amber, now March", "it's only August", "it's March already", "target end Feb"
    month: <MOVED_to> MONTH                                 # "postponed to June"
    month: <CONTRAST> MONTH                                 # "will open in January, not September": the one nearest the date before it
    month: <warmest|coldest|wettest|driest|sunniest|hottest|busiest|quietest|worst|best> MONTH   # "the warmest June on record"
    month: <back_to|backdated_to|dating_back_to> MONTH      # "arrears back to July": the nearest, by the tense
    month: <as_early_as|as_soon_as|as_late_as|around|about|roughly|probably|maybe|possibly|like> MONTH   # "could start as early as September", "as soon as September", "since like June"
    month: MONTH <-_ish|ish|sometime|some_time>             # "so August-ish", "January sometime"
    month: <say_,|er_,|erm_,|um_,|uh_,|er|erm|um|uh> MONTH   # "I want to say, October?", "our review's in, er, May I think": a month alone after a pause, as said
    month: <start_to|end_to> MONTH                          # "a cold start to October"
    month: MONTH <was|is|had|has|saw|brought|proved>        # "September had been wetter than average"
    event-month: <figures_for|data_for|statistics_for|results_for|numbers_for|invoice_for|invoices_for|bill_for|statement_for|timesheet_for|payslip_for> MONTH   # "the figures for October", "invoice for March": a month reported, the nearest, whatever the tense ("figures for February will be revised")
    coming-month: <for> MONTH                               # "places for September": the next, unless the clause looks back
    month: <(> MONTH <)>                                    # "Month 6 (September) forecast"
    month: <MONTH_(> FIN_MONTH <)>                          # "at the end of September (M6)": the month written again
    month: FIN_MONTH <(_MONTH>                              # "M6 (September)"
    month: <at|as_at|by|end_of> FIN_MONTH|month_N <,|.|;|(|)|END|position|forecast|was|is|and|to|against>   # "a deficit of £12.4m at Month 10, £3.1m adverse": the financial year's tenth month (not "by month 6 of treatment")
    month: <at|as_at|by|end_of> FIN_MONTH|month_N of YEAR/YY|YEAR-YY|YEAR–YY   # "at Month 6 of 2046/47": of that financial year
    month: YEAR-MM
    month: MONTH-YEAR|MONTH-YY                              # "Aug-25", "Aug-2025": as spreadsheets write them
    event-month: MONTH <EVENT>                              # "the September meeting", "September starters"
    listed-month: <,|and|or|&> MONTH                        # "in October, February and June"
    year: YEAR
    year: the? calendar_year YEAR                           # "calendar year 2024"
    decade: the? DECADE                                     # "the 1990s"
    decade: the? DECADE_PART -? DECADE                      # "the mid-1970s": a third of the decade
    decade: the? DECADE_PART? -? ORD|DAY_WORDS -? century   # "the 12th century", "a nineteenth-century mill", "the early 20th century": a hundred years (or a part)

    # ── Intervals ─────────────────────────────────────────────────────────────────────────────────

    range: WEEKDAY|WEEKDAY_SHORT -|–|to WEEKDAY|WEEKDAY_SHORT DAY|ORD -|–|to DAY|ORD MONTH .? ,? YEAR?   # "Fri–Sun 19–21 July": the weekdays with the days they name
    range: between? DAY and|&|to|-|–|—|until DAY MONTH .? ,? YEAR?     # "13 and 14 July": days side by side
    range: WEEKDAY|WEEKDAY_SHORT DAY to|-|–|—|until|and|& WEEKDAY|WEEKDAY_SHORT DAY MONTH .? ,? YEAR?   # "Monday 3rd – Friday 7th March", "Sat 6th & Sun 7th Dec"
    range: between? the DAY and|&|to|-|–|—|until the? DAY of MONTH .? ,? YEAR?   # "between the 7th and 11th of December"
    range: between DAY MONTH and DAY MONTH ,? YEAR?
    range: DAY MONTH to|-|–|—|until DAY MONTH ,? YEAR?
    range: WEEKDAY|WEEKDAY_SHORT ,? DAY MONTH to|-|–|—|until WEEKDAY|WEEKDAY_SHORT ,? DAY MONTH ,? YEAR?   # "Tuesday 4 November to Thursday 6 November"
    range: between DAY MONTH YEAR and DAY MONTH YEAR
    range: DAY MONTH YEAR to|-|–|—|until DAY MONTH YEAR
    range: MONTH .? DAY to|-|–|—|until DAY ,? YEAR?         # "March 1-3, 2026": the month first
    range: MONTH .? DAY to|-|–|—|until MONTH .? DAY ,? YEAR?   # "Nov 28 – Dec 2"
    range: between MONTH and MONTH ,? YEAR?                 # "and" joins the ends only after "between":
    range: MONTH to|-|–|—|until MONTH ,? YEAR?              # "by March 2024 and June 2025" is two dates
    range: between? MONTH and|to|-|–|—|until MONTH SHIFT year   # "between March and May last year"
    range: between MONTH YEAR and MONTH YEAR
    range: MONTH YEAR to|-|–|—|until MONTH YEAR
    range: between YEAR and YEAR
    range: YEAR to|-|–|—|until YEAR
    range: YEAR-YY|YEAR–YY                                  # "1914–18": years (one year on, "2023-24", is a year-pair)
    range: between DAY/MM/YEAR and DAY/MM/YEAR
    range: DAY/MM/YEAR to|-|–|—|until DAY/MM/YEAR
    range: DAY/MM/YY to|-|–|—|until DAY/MM/YY               # "01/03/26 - 31/03/26"
    range: YEAR-MM-DAY to|-|–|—|until YEAR-MM-DAY           # "2026-03-01 to 2026-03-31"
    range: between DAY/MM and DAY/MM                        # "between 1/9 and 15/9": the year by the tense
    date: <on|by|from|until|till|since|dated|informed|sent|received|before|after> DAY/MM   # "school informed 13/10" (not "scored 3/4")
    range: DAY/MM -|–|— DAY/MM                              # "22/12–2/1", "3/3-7/3" (not "to": "rose from 3/5 to 4/5")
    range: DAY -|– DAY/MM/YEAR                              # "1–3/4/2026"
    year-to: the? year|12_months|twelve_months to|ending|ended DAY? MONTH ,? YEAR    # "the year to August 2022"
    year-to: the? year|12_months|twelve_months to|ending|ended MONTH-YY|MONTH-YEAR   # "12 months to Aug-25"
    year-to: the N? UNIT to|ending|ended DAY? MONTH ,? YEAR?   # "the three months to August", "the nine months ended 31 December 2024"
    year-to: the N? UNIT to|ending|ended MONTH .? DAY ,? YEAR?   # "the year ended Sept. 30"
    months-of: the first|last N? UNIT of the? YEAR|YEAR/YY|YEAR-YY|YEAR–YY   # "the first nine months of 2024/25"
    financial-year: the? YEAR/YY|YEAR-YY|YEAR–YY|YEAR/YEAR|YEAR-YEAR|YEAR–YEAR|YEAR_to_YEAR financial year
    financial-year: the? financial_year|fy YEAR/YY|YEAR-YY|YEAR–YY|YEAR/YEAR|YEAR-YEAR|YEAR–YEAR|YEAR_to_YEAR
    financial-year: YEAR/YY|YEAR-YY|YEAR–YY to|-|–|until YEAR/YY|YEAR-YY|YEAR–YY   # "2025/26 to 2027/28"
    sport-season: the? YEAR/YY|YEAR-YY|YEAR–YY season       # "registration for the 2061/62 season"
    sport-season: <season_tickets_for|season_ticket_for|season_tickets|season_ticket> YEAR/YY|YEAR-YY|YEAR–YY   # "Season tickets for 2051/52"
    year-pair: between YEAR/YY|YEAR-YY|YEAR–YY and YEAR/YY|YEAR-YY|YEAR–YY   # "between 2015/16 and 2024/25"
    year-pair: YEAR/YY|YEAR-YY|YEAR–YY|YEAR/YEAR            # "2023/24": a spending year, or a school year (@PUPILS)
    financial-year: fy YY/YY|YY-YY                          # "FY24/25": this century's
    academic-year: the? YEAR/YY|YEAR-YY|YEAR–YY|YEAR/YEAR|YEAR-YEAR|YEAR–YEAR|YEAR_to_YEAR academic|school year
    academic-year: the? academic|school year YEAR/YY|YEAR-YY|YEAR–YY|YEAR/YEAR|YEAR-YEAR|YEAR–YEAR|YEAR_to_YEAR
    academic-year: the? SHIFT academic|school year          # "the last academic year": from the one under way
    academic-year: <start_of|beginning_of|end_of> the academic|school year   # "since the start of the school year": the one under way
    financial-year: the? SHIFT financial year               # "next financial year"
    financial-year: the? YEAR/YY|YEAR-YY|YEAR–YY|YEAR_to_YEAR tax year   # "the 2026/27 tax year": 6 April to 5 April (@STARTS)
    financial-year: the? tax year YEAR/YY|YEAR-YY|YEAR–YY|YEAR_to_YEAR
    financial-year: the? SHIFT tax year                     # "the current tax year"
    season: the? SEASON of? YEAR
    season: the? SEASON of? YEAR/YY|YEAR-YY|YEAR–YY         # "winter 2024/25": the season of those two years
    season: the SEASON AFTER_NEXT                           # "the summer before last": the one before the last gone
    season: the SEASON                                      # "over the summer": by the sentence's tense
    season: <in|by|until|till|since|from|over|during|through|before|after|it|now|said|saying> SEASON <END|.|!|?|,|;|and|or|then|when|if|so|but|because|after|before|once|while>   # "try again in spring", "reopens in spring after refurbishment", "now it's summer" (not "in summer clothes")
    season: SEASON <meeting|meetings|conference|workshop|workshops|session|sessions|panel|committee|board|dates>   # "at their spring meeting" ("our summer newsletter" names none)
    season: the SEASON holidays|holiday|hols                # "by the summer hols"
    season: SEASON hols                                     # "its nearly summer hols", as typed
    season: the HOLIDAYS holidays|holiday|hols|break        # "over the Christmas holidays"
    season: <start_of|beginning_of|end_of> the holidays|hols   # "by the end of the holidays": of @UNNAMED_HOLIDAYS (bare "over the holidays" is no date)
    season: the HALF_TERMS half_term|half-term              # "the first half term": of the autumn term
    season: SHIFT SEASON                                    # "last spring", "next summer"
    season: the RELATIVE SEASON                             # "the following spring": after the date before it
    season: that SEASON                                     # "it took until that summer": the one of the date before it, or the next
    season: the? HALF half of YEAR                          # "the first half of 2024"
    season: the? HALF half of the? SHIFT? year              # "the first half of the year": this year's, or as SHIFT says
    seasons: the? SEASON and|to|-|– the? SEASON of? YEAR    # "the autumn and winter of 2023"
    season: HALF_YEAR YEAR                                  # "H2 2024"
    season: <in|during|for_the|end_of|since> HALF_YEAR <.|,|;|)|END|was|were|is|are|will|and|with|figures|performance|position|plan|plans>   # "strongest in H1, with": a half of the financial year
    season: PART -? YEAR                                    # "early 2026", "mid-2026": a third of the year
    season: PART SHIFT year                                 # "early next year", "late this year" (not after @BE_LATE)
    season: the PART of the? SHIFT? year                    # "the back end of the year": its last third; "the middle of next year"
    season: the HALF half                                   # "the first half": of this year
    term: the? TERM term [of|in YEAR]
    term: the? TERM term YEAR
    term: the? TERM term YEAR/YY|YEAR-YY
    term: the? YEAR TERM term                               # "the 2025 summer term"
    term: the? SHIFT term                                   # "last term": counted from the term under way
    term: SHIFT half -? term                                # "this half term": the half of the term under way (not the holiday)
    term: <since_the_start_of|since_the_beginning_of|by_the_end_of|until_the_end_of|at_the_start_of|at_the_beginning_of|by_the_start_of|by_the_beginning_of|before_the_start_of|before_the_beginning_of|by_the_first_day_of> term   # "since the start of term", "sorted by the start of term": the one under way ("a month before the start of term" is any)
    term: TERM 1|2 YEAR?                                    # "Autumn 1", "Spring 2": a half of the term
    term: the? HALF half of the? TERM term                  # "the first half of the autumn term"
    quarter: QUARTER YEAR
    quarter: YEAR QUARTER                                   # "2025 Q4"
    quarter: QUARTER YEAR/YY|YEAR-YY|YEAR–YY                # a quarter of a financial year
    quarter: QUARTER YY/YY|YY-YY                            # "Q4 24/25": of this century's
    quarter: QUARTER fy YY/YY|YY-YY|YEAR/YY|YEAR-YY         # "Q3 FY25/26"
    quarter: QUARTER of YEAR|YEAR/YY|YEAR-YY
    quarter: the? NTH quarter of YEAR|YEAR/YY|YEAR-YY
    quarter: the NTH quarter                                # "the fourth quarter": of a calendar year, by the sentence's tense
    quarter: the? NTH quarter of SHIFT year                 # "the first quarter of this year": of the calendar year SHIFT names
    quarter: <in|during|for_the|end_of|since|until|between> QUARTER <.|,|;|)|END|was|were|is|are|will|and|to|against|compared|versus|vs|figures|performance|data|results|position|returns>   # "performance in Q2 was below": of the financial year (not a survey's "Q2." or "answers to Q2")
    quarter: <in_QUARTER_and|in_QUARTER_to|during_QUARTER_and|between_QUARTER_and> QUARTER <.|,|;|)|END|was|were|is|are|will|and|to|against|compared|versus|vs|figures|performance|data|results|position|returns>   # "between Q1 and Q2": the second too
    quarter: the? SHIFT quarter                             # "this quarter", "the current quarter", "last quarter"
    week: w/c|w/b|wc|wb|week_commencing|week_beginning|the_week_of|week_of WEEKDAY? DAY MONTH .? YEAR?
    week: w/c|w/b|week_commencing|week_beginning DAY/MM/YEAR|DAY/MM/YY|DAY/MM   # "w/b 13/10/25"
    week: w/c|w/b|wc|wb|week_commencing|week_beginning|the_week_of|week_of the? ORD   # "w/c the 9th", "the week of the 9th": of this month, or the one before or after
    week: the? ENDING_WEEK DAY MONTH .? YEAR?               # "week ending 7 April": the seven days to it
    week: the? ENDING_WEEK DAY/MM/YEAR|DAY/MM/YY|DAY/MM     # "Week ending 14/03"
    week: the? NTH|last week of MONTH YEAR?                 # "the first week of November": days 1 to 7
    week: the? NTH|last N? UNIT of MONTH ,? YEAR?           # "the first two weeks of January": days 1 to 14; "the last fortnight of August"
    week: the? ORD UNIT of MONTH ,? YEAR?                   # "going camping 1st wk of aug"
    week: the? NTH|last N? UNIT of the? SHIFT? month        # "the first week of next month", "the last two weeks of the month"
    week: WEEKDAY|WEEKDAY_SHORT -|–|to WEEKDAY|WEEKDAY_SHORT SHIFT week   # "Mon–Wed next week": those days of it
    week: SHIFT week WEEKDAY|WEEKDAY_SHORT -|–|to WEEKDAY|WEEKDAY_SHORT   # "away next week Monday to Wednesday"

    holiday: HOLIDAY                                        # "before Christmas", "by Easter"
    holiday: HOLIDAY YEAR                                   # "Easter 2025"
    holiday: the? SHIFT? HOLIDAY weekend                    # "over the Easter weekend": Good Friday to Easter Monday
    holiday: SHIFT HOLIDAY                                  # "last Christmas", "next Easter"
    holiday: the HOLIDAY AFTER_NEXT                         # "the Easter before last", "the Christmas after next"
    holiday: HOLIDAY next|last <.|,|;|!|?|END>              # "Mr Hobbs will call at Lady Day next", as old letters write
    holiday: N|a|an UNIT before|after HOLIDAY               # "three weeks before Christmas": that day
    holiday: the day|week before|after HOLIDAY              # "the day after Boxing Day"; "the week before Christmas", its seven days
    holiday: <after|before|since|until|till|over|on|at|by|from> BANK_DAY   # "back after the bank holiday": the nearest, by the tense
    holiday: BANK_DAY weekend                               # "over the bank holiday weekend": its Saturday to Monday
    holiday: BANK_MONDAY                                    # "can I have the kids bank holiday Monday": one that is a Monday, by the tense
    holiday: the? BANK_NAMED weekend|Monday?                # "the early May bank holiday", "August bank holiday weekend"
    holiday: the bank_holiday weekend? in BANK_MONTH        # "the bank holiday weekend in May": the nearest of May's, by the tense
    holiday: the WEEKDAY before|after HOLIDAY|BANK_DAY      # "the Thursday after the bank holiday"
    holiday: HALF_TERM -? term                              # "by half term": the next (or last) one
    holiday: the week before|after HALF_TERM -? term        # "the week before half term": its seven days
    holiday: the? MONTH HALF_TERM -? term                   # "the October half term"
    holiday: the? TERM_HALF_TERM HALF_TERM -? term          # "autumn half term": October's
    year: <since|in|from|until|till|by|before|after> YEAR_WORDS   # "their first win here since nineteen ninety-eight"
    onwards: DAY? MONTH? YEAR onwards|onward                # "from 2019 onwards"
    onwards: YEAR/YY|YEAR-YY onwards|onward
    onwards: MONTH? YEAR -|–|—|to present|date|now          # "Member, 2030–present", "Sept 2016 to date"

    # ── Counted from the document's date ──────────────────────────────────────────────────────────

    day-word: DAY_WORD [( WEEKDAY|WEEKDAY_SHORT .? )]       # "yesterday": the day before the document's; "tomorrow (Thursday)"
    ago: N|a|an UNIT ago
    ahead: in N|a|an UNIT time                              # "in two years' time"
    ahead: N|a|an UNIT from today|now                       # "three weeks from today", "a year from now"
    same-day: this_time SHIFT UNIT                          # "this time last year": the document's day then
    ahead: N|a|an UNIT today|tomorrow                       # "a fortnight today", "a week tomorrow"
    ago: N|a|an UNIT ago today                              # "a year ago today": that day
    ago: N|a|an UNIT ago this month|year                    # "two years ago this month": that month; "fifty years ago this year", that year
    relative: the next UNIT                                 # "in 1907; the next year": after the date before ("next year" alone is the document's)
    relative: later|earlier THAT UNIT                       # "later that year"
    relative: the|that same UNIT                            # "the same year" (not "the same day": how soon)
    shift: the? SHIFT UNIT                                  # "last year", "next month", "the new year"
    shift: WEEK_PART SHIFT week                             # "early next week": Monday to Wednesday
    shift: <start_of|beginning_of|middle_of|end_of|turn_of> the UNIT   # "since the start of the year", "towards the end of the year": this one
    shift: the? UNIT AFTER_NEXT                             # "the week after next", "the week before last"
    relative: the RELATIVE UNIT                             # "the following year"
    relative: the UNIT RELATIVE                             # "the year before", "the month after"
    so-far: earlier|so_far|already this UNIT
    so-far: REST this UNIT                                  # "later this year": from the document's date to the year's end
    so-far: REST this SEASON|TERM term?                     # "later this summer", "later this term": to its end
    shift: WEEK_PART_LATER SHIFT week                       # "a settled spell later next week" (after "later this week")
    within: within the? next|coming? about|approximately|around|roughly|some? N|a|an UNIT [of WORD WORD? WORD? WORD? WORD? WORD? WORD? WORD?]
    within: within N ( N ) UNIT [of WORD WORD? WORD? WORD? WORD? WORD? WORD?]   # "within thirty (30) days", as contracts write it
    within: within the next|coming UNIT                     # "within the next year"
    within: <have|has|had|got> N|a|an UNIT from the date of SELF WORD   # "you have two months from the date of this letter to appeal": from the document's date, as "within … of this letter" ("… of the decision letter" is a standard wait)
    within: within N to|-|–|or N UNIT [of WORD WORD? WORD? WORD? WORD? WORD? WORD?]   # "should arrive within 3–5 working days": to the longer
    within: before|by the expiration|expiry|end of N|a|an UNIT [from|of|after WORD WORD? WORD? WORD? WORD? WORD? WORD?]   # "begun before the expiration of three years from the date of this permission": the day before
    end-of: by|before|until|till|at the end of the|this PERIOD
    end-of: by|before|until|till the? end of PERIOD <,|.|;|?|!|and|or|so|then|to|for|when|if|because|as|but|END>   # "before the end of term, oops", "to meet before the end of term to review" (not "the end of Year 11")
    end-of: <said|says|saying|told|target|targets|:|END_AFTER> the? end of the|this? PERIOD   # "they said end of the week", "the survey goes out end of term", as said
    end-of: end of the|this PERIOD <,|.|;|?|!|when|if|so|then|because|as|but|END>   # "can I pay my share end of the month when I get paid?" (not after @NOT_BARE_END or a lead's first word)
    end-of: by|before the end of the? QUARTER               # "by the end of Q2": of this year ("the overspend at the end of Q3 was" is the quarter)

    # ── Waits and repeats ─────────────────────────────────────────────────────────────────────────

    wait: N UNIT
    wait: N ( N ) UNIT                                      # "three (3) years"
    wait: N/52                                              # "over the last 6/52", "review in 2/52": weeks, as doctors write them
    wait: <in|last|past|for|over|within|review> N/12 <.|,|;|)|END|and|for|with|to|time|or>   # "see him in clinic in 3/12", "Plan: review 3/12": months, as doctors write them (a day is "on 3/12")
    wait: <past> UNIT                                       # "in the past year" (as "the past 12 months" is read "12 months")
    wait: <got|have|has|had|take|takes|took|given|allow|MOVED> a|an UNIT   # "you've got a month from that date", "pushed back a month"
    wait: N UNIT and|,? N UNIT                              # "two years and three months", "1 year 3 months": P1Y3M
    wait: N.NUM UNIT                                        # "9.5 weeks": the fraction as written
    wait: N FRACTION UNIT                                   # "two and a half years": P2.5Y
    wait: a|an|N UNIT FRACTION                              # "a year and a half": P1.5Y
    wait: N|a|an UNIT later|earlier                         # "three weeks later", "a month later"
    wait: N-UNIT                                            # "an 18-week wait"
    wait: N to|-|–|or N UNIT                                # "two to three years"
    wait: between N and N UNIT                              # "between six and twelve weeks"
    wait: <for|over|than|about|around|nearly|almost|least|up_to|under|waiting|waited|wait|in|like|after> a|an UNIT   # "for over a year", "after waiting a year", "in a fortnight", "for like a week", "back at school after a week"
    wait: <for|over|than|about|around|nearly|almost|least|up_to|under|in|like|after|lasts|takes> a|an|one academic|school UNIT   # "runs for an academic year": a year's length
    wait: a|an UNIT <before|after>                          # "a week before the event" ("a year since" is none, as the tables have it)
    wait: a|an UNIT <late|early|overdue|behind|in_advance|beforehand|notice|apart>   # "a month late", "a week in advance", "a week's notice", "a week apart"
    wait: <another|further> UNIT                            # "wait another year", "a further month"
    repeat: REPEAT
    repeat: on a REPEAT basis                               # "on a quarterly basis"
    repeat: TIMES-REPEAT|TIMES_REPEAT                       # "twice-monthly"
    repeat: BI-REPEAT|BI_REPEAT                             # "bi-monthly": every two months
    repeat: every|each N? UNIT|WEEKDAY|WEEKDAY_SHORT
    repeat: every|each few UNIT                             # "every few days": a repeat of no one length
    repeat: every|each N to|-|–|or N UNIT                   # "every 3 to 6 months": nor this
    repeat: every|each OTHER UNIT|WEEKDAY|WEEKDAY_SHORT     # "every other week", "every other Thurs"
    repeat: every|each OTHER? weekend                       # "every other weekend": a fortnight apart
    repeat: on? OTHER WEEKDAYS                              # "on alternate Fridays"
    repeat: every|each SEASON|TERM term|holiday|holidays?   # "each spring", "every summer holiday": once a year
    repeat: every|each MONTH                                # "every November": once a year
    repeat: every|each school? holiday                      # "holiday clubs run in every school holiday": of no one length
    repeat: every|each STARTS year                          # "each academic year"
    repeat: N-REPEAT|N_REPEAT                               # "six-monthly"
    repeat: half-termly|half_termly                         # "half-termly": once a half term
    repeat: TIMES a|per|each|every UNIT
    repeat: N times a|per|each|every UNIT
    repeat: N or|to|-|– N times a|per|each|every UNIT       # "three or four times a week": of no one length
    repeat: TIMES or TIMES a|per|each|every UNIT            # "once or twice a week": nor this
    repeat: on? WEEKDAYS
    repeat: WEEKDAY mornings|afternoons|evenings|nights     # "busiest on Monday mornings"
    repeat: on? WORKDAYS                                    # "open weekdays"
    repeat: every|each WORKDAY                              # "a helpline every weekday"
    repeat: WEEKDAY to|-|–|until WEEKDAY                    # "Monday to Friday": opening days
    repeat: WEEKDAYS to|-|–|until WEEKDAYS                  # "in school Tuesdays to Thursdays": those days each week
    repeat: WEEKDAY_SHORT -|–|to WEEKDAY_SHORT              # "Mon–Thu"
    repeat: the? NTH|last WEEKDAY of each|every|the UNIT    # "the first Tuesday of each month"
    repeat: the? ORD WEEKDAY of each|every|the UNIT         # "the 2nd Saturday of the month"
    repeat: the? ORD|DAY_WORDS of each|every UNIT           # "rent is due on the 1st of each month"
    repeat: the? NTH|last|ORD working_day|day|weekday of each|every UNIT   # "payday is the last working day of each month"

    # ── Words before a date ───────────────────────────────────────────────────────────────────────

    open: since|from|starting|starting_from|commencing|effective_from|with_effect_from the?
    open: since|from the start|beginning|turn of            # "since the start of 2023", "since the turn of the year"
    open: since the end of the?                             # "at home since the end of the summer term": from its last month on
    open: from|starting|starting_from TIME|NUM:NUM|NUM.NUM|NUM:TIME|NUM.TIME on   # "closed from 8am on Monday 3 February"
    open: since|from|starting early|late|mid|mid-           # "from mid-July"
    open: since|from like|about|around|roughly              # "waiting since like June", as said
    open: no_earlier_than|not_earlier_than|not_before|on_or_after|on_and_after the?   # "no earlier than April 2026", "an order on or after 1 May": from then on
    open: w.e.f.|w.e.f|wef                                  # "with effect from", shortened
    as-is: apart_from|aside_from                            # "I'm around apart from Friday morning": no start
    as-is: dates_from|date_from|dating_from                 # "the charter dates from the 13th century": when it was made, no start
    as-is: estimated|expected due_date|date_of_delivery :?   # "Estimated due date: 14/05/2047": a birth expected, no deadline
    as-is: edd :?                                           # "EDD: 14 May", as midwives write it
    by: by|due|due_in|due_on [the? end of] the?             # "due end of next month"
    by: by|due|due_in early|late|mid|mid-                   # "by mid-October"
    by: by|before end                                       # "by end March 2094", "live by end Q2 2093/94", as action plans write
    by: <bail|custody|remanded|valid> until|till the?       # "released on bail until 25 May", "tickets bought before stay valid until 31 October": a limit, whatever the tense
    by-unless-past: until|till early|late|mid|mid-          # "weekly until mid-November"
    by-unless-past: <guaranteed|valid|available|open|runs|run|good|lasts|last|extended> through|thru the?   # "rates are guaranteed through April 20", as American English writes "until" ("showers through Friday" is when)
    by: <aiming_for|aim_for|aims_for|hoping_for|hope_for|targeting|planned_for|planning_for> the end of the?   # "we're aiming for the end of March"
    by: <said|says|saying|told|target|targets|–|—|:|in|END_AFTER> end of? the?   # "they said end of Jan", "been told end of next week", "target end of April", "trained – end of spring term", "will go in end of Feb", "Next review: end of spring term", "they said end Feb"
    by: <said|says|saying|told|target|targets> the end of the?   # "the wholesaler's saying the end of next week"
    by-unless-past: before the end of the?                  # "letters were sent before Christmas": no deadline
    by: <you_to|us_to|it_to|them_to|him_to|her_to> the end of the?   # "six weeks, which takes you to the end of January"
    before: before the?                                     # "before 1 September": by 31 August
    before: before the start|beginning of the?              # "before the start of the autumn term": by 31 August
    by-start: by the start|beginning of the?                # "by the start of the autumn term 2024": by its first day
    by-start: by the first day of the?                      # "sorted by the first day of term"
    by: no_later_than|not_later_than|on_or_before|on_or_by [the end of] the?
    by: no_later_than|not_later_than|by|before cop|cob|eod|close_of_play|close_of_business on? the?   # "no later than COP 13th"
    by-unless-past: until|till|up_to|up_until at_least? [the? end of] the?   # "a backlog til end of sept", as typed
    by-unless-past: until|till NUM:NUM|NUM:TIME|NUM.TIME|TIME on              # "runs until 23:59 on 22 March 2026"
    by-unless-past: until|till NUM am|pm on                 # "amend your order until 11 pm on Monday"
    by-if-future: at the end of the?                        # "the pilot will end at the end of March 2023"
    by-if-future: at? the? back|tail end of the?            # "next fundraiser'll be the back end of August" ("rang them back end of February": that month)
    due: deadline|closing_date [for|to WORD WORD? WORD? WORD?] is|was|of|will_be|to therefore|now|then|still|originally? [TIME on?] the?   # "the deadline for plans is 15 February", "… was therefore 29 May", "deadline is the 31st"
    due: deadline|closing_date for|to WORD WORD? for|in|from MONTH|SEASON YEAR? is|was|will_be the?   # "the closing date for applications for September 2093 was 31 October"
    due: target_date|due_date|completion_date|closing_date :? [TIME|NUM:NUM|NUM.NUM gmt|bst|utc? ,?]   # "target date 30/04/25", "Closing date: midnight, 7 December", "Closing date: 16:00 GMT, 12 March"
    due: deadline|due :                                     # "Tribunal deadline: 10/03/2025", an action log's "Due: 30/06/25"
    due: target WORD? date is|was|will_be [TIME on?]        # "the target decision date is 7 May 2026"
    due: deadline|closing_date has|have|had|was|is been? MOVED to|until   # "the closing date has been extended to 6 June"
    by: by|no_later_than|not_later_than TIME|NUM:TIME|NUM.TIME on   # "by noon on 5 April", "no later than 4pm on 2 December 2040", "by 5.30pm on 14 October"
    by: due at NUM? TIME on                                 # "coursework is due at 12 noon on Friday 7 December"
    by: due at NUM am|pm|a.m.|p.m. on                       # "due at 4 pm on Monday"
    by: by|no_later_than|not_later_than TIME                # "by 5pm tomorrow"
    by: by|no_later_than|not_later_than NUM:NUM|NUM.NUM|NUM am|pm|a.m.|p.m. on   # "no later than 5:00 p.m. on 27 March"
    by: between_now_and|from_now_until|now_until [the end of] the?   # "between now and March"
    by: by|before cop|cob|eod|close_of_play|close_of_business|end_of_day on?   # "by COP tomorrow"
    by: by NUM am|pm|noon on                                # "by 5 pm on 14 October", "by 12 noon on"
    as-is: by MEANS on                                      # "the hearing will take place by video on 14 January": how, not by when
    by-unless-past: by WORD on                              # "by Friday on"… but not "told by email on 3 May"
    by-unless-past: by NUM on                               # "I need them back by 5 on Sunday", an hour as said
    nearest: MOVED to|for the?
    nearest: now                                            # "Amber, now March": the nearest March
    nearest: <inspection|inspections|visit|visits|meeting|hearing|panel> of the?   # "will publish its report on the inspection of 12–14 August": an event named by its days, the nearest
    nearest: BOOKED for the? early|late|mid|mid-?           # "the tribunal's listed for June", "booked for late February": the nearest
    nearest: run-up|run_up|lead-up|lead_up|build-up|build_up to the?   # "in the run-up to Christmas": no deadline
    nearest: MOVED from the?                                # "action carried forward from July": no start
    nearest: carry|carries|carrying|carried N|WORD? WORD? over|forward from the?   # "I'm carrying 5 over from last year"
    nearest: date|dates|appointment|appointments|hearing in|on|for|of early|late|mid|mid-?   # "got a tribunal date in mid-March"
    """#
}
