#!/usr/bin/env python3
"""Writes samples/survey-2022.csv: an illustrative survey of families, written for SEND Lens.

The set answers are drawn with a fixed seed, leaning the way the 2023 inspection found families'
experience to be; the free-text comments were written by hand for this sample. No real
respondent's words are used. Run from the repository: scripts/make-survey-sample.py
"""
import csv
import random

random.seed(2022)

DISTRICTS = ["Broxbourne", "Dacorum", "East Herts", "Hertsmere", "North Herts",
             "St Albans", "Stevenage", "Three Rivers", "Watford", "Welwyn Hatfield"]
GROUPS = [("Parent or carer", 62), ("Young person", 12), ("Professional", 10)]
AGES = ["0-4", "5-10", "11-15", "16-25"]
EHCP = ["Yes", "No", "Assessment in progress", "Don't know"]
WAIT = ["Under 6 weeks", "6 to 20 weeks", "20 to 40 weeks", "More than 40 weeks", "Not applicable"]
SATISFIED = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"]
AGREE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]

HARDEST = [
    "Waiting. We waited 14 months for an autism assessment and nobody checked on us in that time.",
    "Getting anyone to reply to emails. I sent five messages to the SEND team before I heard back.",
    "The EHCP took 38 weeks, not 20, and the final plan still had my son's old school in it.",
    "Finding a school place. The special school said they were full and the mainstream school could not cope.",
    "Speech and language therapy. We were told the wait was 'about a year' and then it was longer.",
    "Having to tell our story again and again to every new professional.",
    "CAMHS said she was not unwell enough, then A&E said she needed CAMHS. We went round in circles.",
    "Nothing in the plan says how many hours of support he gets, so the school decides.",
    "I had to give up work to home educate while we waited for a place. We had no other option.",
    "Understanding the process. The Local Offer website has a lot of information but not what I needed.",
    "Our annual review was eight months late and the paperwork still has not arrived.",
    "The school reduced his timetable to two hours a day and called it a 'reintegration plan'.",
    "We paid for a private ADHD assessment because the NHS wait was two years.",
    "Being treated as difficult for asking what the law says my child should have.",
    "Transport. The taxi was cancelled three times in the first month of term.",
    "Getting the health advice into the plan. The OT report was never requested.",
    "Going to tribunal. We won, but it took a year of our lives.",
    "Knowing who is responsible. Each service says it is another one's job.",
    "Short breaks. The list is closed and we have not had a night off in three years.",
    "My daughter was excluded twice before anyone assessed her needs.",
    "The plan was written before the educational psychologist had even met him.",
    "Communication from the council, full stop.",
    "We moved from Essex and had to start again, as if the old plan did not exist.",
    "Being told to wait for the next panel, then the next one.",
    "Support at college. The college was not told about his EHCP until October.",
    "Honestly the hardest part is the fight. Every single thing is a fight.",
    "As a young person, nobody asked me what I wanted in my plan.",
    "I didn't know who my caseworker was. I found out when she left.",
    "Waiting lists for everything: SALT, OT, paediatrics, CAMHS.",
    "Getting the school to use the strategies in the plan.",
    "The draft plan had another child's name in it. That says it all.",
    "There is no support while you wait for a diagnosis, and you cannot get help without one.",
    "As a SENCO, I cannot get an EP visit for the children who need one most.",
    "Professionals from health and education do not talk to each other.",
    "Getting a reply to a complaint. Ours took four months.",
    "My son has been out of school since Easter with no tuition.",
    "Mediation was cancelled twice by the council.",
    "Paperwork. So much paperwork, and it keeps getting lost.",
    "He was refused an assessment, then we appealed and they agreed to assess. Why refuse in the first place?",
    "The hardest part was the time it took. Everything else followed from that.",
]
CHANGE = [
    "Answer the phone and reply to emails within a week.",
    "A named person who stays with us from the first request to the final plan.",
    "Support while you wait, not only after a diagnosis.",
    "More special school places close to home.",
    "Plans that say exactly what help, how often and who gives it.",
    "Correct the mistakes we point out in the draft before the plan is final.",
    "Listen to young people. Ask us what we want.",
    "Shorter waits for speech and language therapy.",
    "Training for mainstream teachers on autism and ADHD.",
    "Stop part-time timetables being used for months at a time.",
    "One shared record so we do not repeat our story.",
    "Keep to the 20-week limit for EHC plans.",
    "Honest information about waiting times, updated every month.",
    "Mental health support in every school, not just some.",
    "Treat parents as partners, not as a problem.",
    "Do the annual reviews on time.",
    "Make CAMHS easier to reach before a crisis.",
    "Funding that follows the child when they move school.",
    "Proper transition planning for adult services from Year 9, not Year 13.",
    "Short breaks that you can actually book.",
    "Let families see the data: how long people wait and how many plans are late.",
    "More educational psychologists.",
    "Tell us when a deadline will be missed instead of saying nothing.",
    "A quicker route to ADHD medication reviews.",
    "Use the parent carer forum's survey results to decide priorities.",
    "Everyone working from the same plan: school, health and social care.",
    "Fewer forms, and forms that do not ask the same question three times.",
    "Tuition from day one for children out of school.",
    "A clear complaints process with a time limit the council keeps to.",
    "Specialist places for girls with autism, who are often missed.",
    "Support for siblings and for parents' own mental health.",
    "Make the Local Offer searchable by what you need, not by service name.",
    "An apology when things go wrong, and a fix.",
    "Keep young people informed directly, not only through their parents.",
    "Stop waiting for a crisis before acting.",
]

def pick(options, weights):
    return random.choices(options, weights=weights)[0]

rows = []
number = 0
hardest = iter(HARDEST)
change = iter(CHANGE)
for group, count in GROUPS:
    for _ in range(count):
        number += 1
        ehcp = pick(EHCP, [40, 30, 20, 10])
        wait = pick(WAIT, [5, 20, 35, 30, 10]) if ehcp != "No" else pick(WAIT, [5, 10, 10, 10, 65])
        satisfied = pick(SATISFIED, [38, 30, 14, 13, 5])
        listened = pick(AGREE, [30, 32, 16, 16, 6])
        # Not everyone writes a comment, and some leave a set question blank.
        first = next(hardest, "") if random.random() < 0.55 else ""
        second = next(change, "") if random.random() < 0.5 else ""
        if random.random() < 0.05:
            listened = ""
        rows.append([f"R{number:03d}", group, random.choice(DISTRICTS), random.choice(AGES), ehcp, wait,
                     satisfied, listened, first, second])

with open("samples/survey-2022.csv", "w", newline="", encoding="utf-8") as out:
    out.write("# title: Parent carer survey 2022 (illustrative)\n")
    out.write("# date: 2022-07-15\n")
    out.write("# source: Illustrative data written for SEND Lens, not a real survey; no real respondent's words\n")
    writer = csv.writer(out)
    writer.writerow(["Respondent ID", "Respondent group", "District", "Age of child or young person",
                     "Does your child have an EHCP?", "How long did the EHC needs assessment take?",
                     "How satisfied are you with SEND support in Hertfordshire?",
                     "I feel listened to by professionals",
                     "What has been the hardest part of getting support?",
                     "What one change would make the biggest difference?"])
    writer.writerows(rows)
