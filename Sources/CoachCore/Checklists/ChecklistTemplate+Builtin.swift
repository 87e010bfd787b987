/// The checklists of the playbook, in our own words after DOMAIN.md and its seeds.
extension ChecklistTemplate {
  public static let builtin: [ChecklistTemplate] = [
    meetingEvaluation, conditions, selfAssessment, elements,
  ]

  private static func q(_ id: String, _ nl: String, _ en: String, _ answer: Answer) -> Question {
    Question(id: id, LocalizedText(nl: nl, en: en), answer)
  }

  /// Short, after each meeting.
  public static let meetingEvaluation = ChecklistTemplate(
    id: "meeting-evaluation",
    title: LocalizedText(nl: "Evaluatie van de bijeenkomst", en: "Meeting evaluation"),
    questions: [
      q(
        "learned",
        "Ik heb iets geleerd dat ik in mijn les kan gebruiken.",
        "I learned something I can use in class.", .scale),
      q("room-to-speak", "Ik kwam voldoende aan het woord.", "I had enough room to speak.", .scale),
      q("time-used", "De tijd werd goed gebruikt.", "The time was used well.", .scale),
      q(
        "next-step",
        "Weet je wat je tegen de volgende keer doet?", "Do you know what you will do by next time?",
        .yesNo),
      q("better", "Eén ding dat beter kan:", "One thing that could be better:", .shortText),
    ])

  /// The conditions of a learning community (seeds 000 and 001).
  public static let conditions = ChecklistTemplate(
    id: "conditions",
    title: LocalizedText(
      nl: "Voorwaarden voor onze leergemeenschap", en: "Conditions for our community"),
    questions: [
      q(
        "time-freed",
        "Mijn school maakt tijd vrij voor de bijeenkomsten.",
        "My school frees time for the meetings.", .yesNo),
      q(
        "easy-to-reach", "De bijeenkomsten zijn makkelijk bereikbaar.",
        "The meetings are easy to get to.", .yesNo),
      q(
        "give-and-take",
        "Ik haal iets uit de groep en breng ook iets in.",
        "I take something from the group and give something too.", .scale),
      q("safe", "Ik voel me veilig om twijfels te delen.", "I feel safe to share doubts.", .scale),
      q(
        "group-size",
        "De groep is niet te groot en niet te klein.",
        "The group is neither too big nor too small.", .yesNo),
      q(
        "regular", "We komen regelmatig samen (maandelijks).", "We meet regularly (monthly).",
        .yesNo),
      q(
        "clear-output",
        "Het is duidelijk wat we willen opleveren.", "It is clear what we want to deliver.", .scale),
    ])

  /// The five statements on the teacher's own learning (seed 002), scale 1–5.
  public static let selfAssessment = ChecklistTemplate(
    id: "self-assessment",
    title: LocalizedText(
      nl: "Zelfevaluatie: mijn eigen leren", en: "Self-assessment: my own learning"),
    questions: [
      q(
        "keep-learning",
        "Ik leer voortdurend bij: nieuwe kennis en nieuwe vaardigheden.",
        "I keep learning: new knowledge and new skills.", .scale),
      q(
        "new-insights",
        "Ik kom tot nieuwe inzichten en pas mijn aanpak aan.",
        "I reach new insights and change my approach.", .scale),
      q(
        "initiative", "Ik neem zelf initiatief om te leren.", "I take the initiative to learn.",
        .scale),
      q(
        "own-growth",
        "Ik ben zelf verantwoordelijk voor mijn professionele groei.",
        "I am responsible for my own professional growth.", .scale),
      q(
        "room-from-leader",
        "Ik krijg ruimte van mijn leidinggevende, of vraag die zelf.",
        "I get room from my school leader, or ask for it.", .scale),
    ])

  /// The elements of an effective community (seed 000).
  public static let elements = ChecklistTemplate(
    id: "elements",
    title: LocalizedText(
      nl: "Elementen van een sterke leergemeenschap", en: "Elements of an effective community"),
    questions: [
      q(
        "input", "Er komt inhoudelijke input in de groep.", "The group gets input on content.",
        .scale),
      q(
        "intentions", "We maken onze bedoelingen expliciet.", "We make our intentions explicit.",
        .scale),
      q(
        "practice", "We investeren in de eigen praktijk.", "We invest in our own practice.", .scale),
      q("test-in-class", "We testen het uit in de klas.", "We test it in class.", .scale),
      q("lessons", "We trekken er samen lessen uit.", "We draw lessons from it together.", .scale),
    ])
}
