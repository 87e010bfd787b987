import CoachCore

/// The texts of `vlgcoach phase check` and of the readiness warning of `phase set`, one
/// instance per language; a missing translation is a compile error. The signals, the
/// checklist items and “nothing against it” are CoachCore's, shared with the screens.
struct PhaseStrings: Sendable {
  // phase check
  let heading: @Sendable (_ community: String, _ from: Int, _ to: Int, _ title: String) -> String
  let openItems: @Sendable (_ phase: Int) -> String
  let signalsHeading: String
  let checklistsDone: @Sendable (_ phases: [Int]) -> String
  let ready: String
  let notReady: @Sendable (_ reasons: Int) -> String
  let lastPhase: @Sendable (_ community: String, _ phase: Int) -> String
  let goingBack: @Sendable (_ target: Int, _ current: Int) -> String

  // phase set
  let movedDespite: @Sendable (_ signals: Int) -> String

  static func forLanguage(_ language: Language) -> PhaseStrings {
    language == .nl ? dutch : english
  }

  static let dutch = PhaseStrings(
    heading: { community, from, to, title in
      "\(community): van fase \(from) naar fase \(to) (\(title))"
    },
    openItems: { "Nog open op de checklist van fase \($0):" },
    signalsHeading: "Signalen die ertegen spreken:",
    checklistsDone: { phases in
      phases.count == 1
        ? "De checklist van fase \(phases[0]) is af."
        : "De checklists van fase " + phases.map(String.init).joined(separator: ", ") + " zijn af."
    },
    ready: "Klaar.",
    notReady: {
      "Nog niet klaar: \($0) \($0 == 1 ? "punt spreekt" : "punten spreken") ertegen. Dit is advies;"
        + " jij beslist (phase set verplaatst toch; --note zegt waarom)."
    },
    lastPhase: { "\($0) zit in fase \($1), de laatste: er is geen volgende fase." },
    goingBack: { "Fase \($0) ligt vóór fase \($1): terug gaan vraagt geen check." },
    movedDespite: {
      "⚠ \($0) \($0 == 1 ? "signaal spreekt" : "signalen spreken") ertegen; jij beslist, dus de"
        + " overgang gebeurt en de notitie in de geschiedenis noemt \($0 == 1 ? "het" : "ze"):"
    }
  )

  static let english = PhaseStrings(
    heading: { community, from, to, title in
      "\(community): from phase \(from) to phase \(to) (\(title))"
    },
    openItems: { "Still open on the checklist of phase \($0):" },
    signalsHeading: "Signals against the move:",
    checklistsDone: { phases in
      phases.count == 1
        ? "The checklist of phase \(phases[0]) is done."
        : "The checklists of phases " + phases.map(String.init).joined(separator: ", ")
          + " are done."
    },
    ready: "Ready.",
    notReady: {
      "Not ready: \($0) \($0 == 1 ? "thing speaks" : "things speak") against it. This is advice;"
        + " you decide (phase set moves anyway; --note says why)."
    },
    lastPhase: { "\($0) is in phase \($1), the last: there is no next phase." },
    goingBack: { "Phase \($0) comes before phase \($1): going back needs no check." },
    movedDespite: {
      "⚠ \($0) \($0 == 1 ? "signal speaks" : "signals speak") against it; you decide, so the move"
        + " is made and the note in the phase history names \($0 == 1 ? "it" : "them"):"
    }
  )
}
