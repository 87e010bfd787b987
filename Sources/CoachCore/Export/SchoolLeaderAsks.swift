/// What the coach asks of school leaders in each phase (DOMAIN.md, "What school leaders
/// do"): the school-leader report lists the current phase's asks. The phase guide's texts
/// speak to the coach; these speak to the school leader.
extension Phase {
  public var asksOfSchoolLeaders: [LocalizedText] {
    switch self {
    case .engageSchoolLeaders:
      [
        LocalizedText(
          nl:
            "Laat uw leraren deelnemen en spreek af hoe: tijdens de lesuren met vervanging, of erna.",
          en:
            "Let your teachers take part and agree how: during lesson hours with substitutes, or after."
        ),
        LocalizedText(
          nl: "Maak tijd vrij in het lesrooster, liefst op een vast moment.",
          en: "Free time in the timetable, preferably at a fixed moment."),
        LocalizedText(
          nl: "Werk van bij de start samen met de procescoach en de pedagogische begeleiding.",
          en: "Work with the process coach and the pedagogical advisers from the start."),
        LocalizedText(
          nl: "Geef de VLG een plek in het professionaliseringsbeleid van de school.",
          en: "Give the VLG a place in the school's professional-development policy."),
      ]
    case .motivateTeachers:
      [
        LocalizedText(
          nl:
            "Moedig elke betrokken leraar aan om mee te doen en zijn of haar engagement uit te spreken.",
          en: "Encourage every teacher concerned to join and to state their commitment."),
        LocalizedText(
          nl: "Help praktische hindernissen oplossen: tijd, vervanging, verplaatsing.",
          en: "Help solve practical obstacles: time, substitutes, travel."),
        LocalizedText(
          nl: "Benadruk beide doelen: materiaal van collega's krijgen én zelf inzet leveren.",
          en: "Stress both goals: getting material from colleagues and putting in effort oneself."),
      ]
    case .chooseThemes:
      [
        LocalizedText(
          nl: "Verwacht volle aanwezigheid op elke bijeenkomst.",
          en: "Expect full attendance at every meeting."),
        LocalizedText(
          nl: "Lees welke thema's gekozen zijn en wie aan wat werkt.",
          en: "Read which themes were chosen and who works on what."),
        LocalizedText(
          nl: "Laat de leraren zelf kiezen en steun concrete, haalbare engagementen.",
          en: "Let the teachers choose, and back concrete, feasible commitments."),
      ]
    case .discussAndDevelop:
      [
        LocalizedText(
          nl: "Verwacht volle aanwezigheid en laat tijd voor het huiswerk tussen de bijeenkomsten.",
          en: "Expect full attendance, and leave time for the homework between meetings."),
        LocalizedText(
          nl: "Volg de VLG via de verslagen en in gesprek met uw leraren.",
          en: "Follow the VLG through the minutes and in conversation with your teachers."),
        LocalizedText(
          nl: "Geef het tijd: leren professionaliseren telt even zwaar als de resultaten.",
          en: "Give it time: learning to professionalise counts as much as the results."),
      ]
    case .stableWithOutput:
      [
        LocalizedText(
          nl: "Geef de leraren van het vak vrij op dezelfde momenten als de andere scholen.",
          en: "Free the subject's teachers at the same hours as the other schools."),
        LocalizedText(
          nl:
            "Laat de resultaten verspreiden in de vakgroepen van uw school en maak ruimte voor toonmomenten.",
          en:
            "Have the results spread to your school's subject departments, and make room for showcases."
        ),
        LocalizedText(
          nl: "Steun de overdracht aan een interne coach, met enkele uren voor die rol.",
          en: "Support the hand-over to an internal coach, with some hours for that role."),
        LocalizedText(
          nl: "Betrek de pedagogische begeleiding bij de verankering.",
          en: "Involve the pedagogical advisers in anchoring it."),
      ]
    }
  }
}
