import CoachCore

/// The kiosk's texts: short and calm, for a teacher at a shared terminal.
public struct KioskStrings: Sendable {
  public let pickName: String
  public let answered: String
  public let answeredCount: @Sendable (Int, Int) -> String
  public let anonymousNote: String
  public let questionOf: @Sendable (Int, Int) -> String
  public let yes: String
  public let no: String
  public let scaleLow: String
  public let scaleHigh: String
  public let typeHere: String
  public let doneTitle: String
  public let doneSummary: @Sendable (Int, Int) -> String
  public let alreadyAnswered: String
  public let alreadyAnsweredAnonymous: String
  public let thanks: @Sendable (String) -> String
  public let thanksAnonymous: String
  public let saving: String
  public let notSaved: String
  public let noNames: String
  public let pinTitle: String
  public let pinPrompt: String
  public let pinWrong: @Sendable (Int) -> String
  public let pinWait: @Sendable (Int) -> String
  public let pinChecking: String
  public let choosePINTitle: String
  public let choosePINPrompt: String
  public let confirmPINPrompt: String
  public let pinRule: String
  public let pinsDiffer: String
  public let pinSaved: String
  public let pinMissing: String
  public let left: String
  /// What undo calls a teacher's submitted answers.
  public let answersTo: @Sendable (String) -> String
  // Keys
  public let keyChoose: String
  public let keyStart: String
  public let keySend: String
  public let keyNext: String
  public let keyPrevious: String
  public let keyToggle: String
  public let keyScale: String
  public let keySubmit: String
  public let keyBack: String
  public let keyLeave: String
  public let keyConfirm: String
  public let keyCancel: String
  // The form that starts the kiosk
  public let formTitle: String
  public let formSubtitle: String
  public let fieldChecklist: String
  public let fieldAnonymous: String
  public let anonymousChoices: [String]
  public let key: String
  public let noTeachers: String

  public static func of(_ language: Language) -> KioskStrings {
    language == .nl ? .dutch : .english
  }

  public static let dutch = KioskStrings(
    pickName: "Kies je naam en druk op Enter.",
    answered: "ingevuld",
    answeredCount: { done, all in "\(done) van \(all) ingevuld" },
    anonymousNote: "Je antwoorden worden zonder naam bewaard.",
    questionOf: { index, count in "Vraag \(index) van \(count)" },
    yes: "ja",
    no: "nee",
    scaleLow: "1 = helemaal niet",
    scaleHigh: "5 = helemaal wel",
    typeHere: "Typ je antwoord:",
    doneTitle: "Klaar?",
    doneSummary: { given, count in "Je beantwoordde \(given) van de \(count) vragen." },
    alreadyAnswered: "Je vulde deze lijst al in; je nieuwe antwoorden vervangen de vorige.",
    alreadyAnsweredAnonymous: "Je vulde deze lijst al in. Dank je!",
    thanks: { name in "Dank je wel, \(name)!" },
    thanksAnonymous: "Dank je wel!",
    saving: "Bewaren…",
    notSaved:
      "Je antwoorden konden niet bewaard worden. Ze staan nog hier; roep de coach erbij.",
    noNames: "Er zijn geen leraren om deze lijst in te vullen.",
    pinTitle: "De kiosk verlaten",
    pinPrompt: "PIN van de coach:",
    pinWrong: { left in
      left > 0 ? "Verkeerde PIN. Nog \(left) poging(en) voor je moet wachten." : "Verkeerde PIN."
    },
    pinWait: { seconds in "Te veel verkeerde pogingen. Wacht nog \(seconds) s." },
    pinChecking: "PIN nakijken…",
    choosePINTitle: "Kies een PIN voor de kiosk",
    choosePINPrompt: "Met deze PIN verlaat je straks de kiosk (4 tot 12 cijfers):",
    confirmPINPrompt: "Typ dezelfde PIN nog eens:",
    pinRule: "Een PIN is 4 tot 12 cijfers.",
    pinsDiffer: "De twee PIN's verschillen. Begin opnieuw.",
    pinSaved: "PIN bewaard.",
    pinMissing: "Er is nog geen PIN; kies er eerst een.",
    left: "Kiosk verlaten",
    answersTo: { title in "antwoorden op “\(title)”" },
    keyChoose: "kiezen",
    keyStart: "beginnen",
    keySend: "versturen",
    keyNext: "volgende",
    keyPrevious: "vorige",
    keyToggle: "ja/nee",
    keyScale: "score",
    keySubmit: "klaar",
    keyBack: "namen",
    keyLeave: "coach",
    keyConfirm: "bevestigen",
    keyCancel: "terug",
    formTitle: "Gedeelde terminal (kiosk)",
    formSubtitle: "Leraren vullen na elkaar in en zien niets anders. Verlaten: Ctrl-Q + PIN.",
    fieldChecklist: "Vragenlijst",
    fieldAnonymous: "Namen",
    anonymousChoices: ["bij de antwoorden bewaren", "anoniem: zonder naam"],
    key: "kiosk",
    noTeachers: "Er zijn geen leraren die deelnemen; voeg eerst leden toe."
  )

  public static let english = KioskStrings(
    pickName: "Pick your name and press Enter.",
    answered: "done",
    answeredCount: { done, all in "\(done) of \(all) done" },
    anonymousNote: "Your answers are kept without your name.",
    questionOf: { index, count in "Question \(index) of \(count)" },
    yes: "yes",
    no: "no",
    scaleLow: "1 = not at all",
    scaleHigh: "5 = completely",
    typeHere: "Type your answer:",
    doneTitle: "Done?",
    doneSummary: { given, count in "You answered \(given) of the \(count) questions." },
    alreadyAnswered:
      "You filled in this checklist already; your new answers replace the earlier ones.",
    alreadyAnsweredAnonymous: "You filled in this checklist already. Thank you!",
    thanks: { name in "Thank you, \(name)!" },
    thanksAnonymous: "Thank you!",
    saving: "Saving…",
    notSaved: "Your answers could not be saved. They are still here; please call the coach.",
    noNames: "There are no teachers to fill in this checklist.",
    pinTitle: "Leave the kiosk",
    pinPrompt: "The coach's PIN:",
    pinWrong: { left in
      left > 0 ? "Wrong PIN. \(left) more tries before a wait." : "Wrong PIN."
    },
    pinWait: { seconds in "Too many wrong tries. Wait \(seconds) s more." },
    pinChecking: "Checking the PIN…",
    choosePINTitle: "Choose a PIN for the kiosk",
    choosePINPrompt: "This PIN lets you leave the kiosk later (4 to 12 digits):",
    confirmPINPrompt: "Type the same PIN again:",
    pinRule: "A PIN is 4 to 12 digits.",
    pinsDiffer: "The two PINs differ. Start again.",
    pinSaved: "PIN saved.",
    pinMissing: "There is no PIN yet; choose one first.",
    left: "Left the kiosk",
    answersTo: { title in "answers to “\(title)”" },
    keyChoose: "choose",
    keyStart: "start",
    keySend: "send",
    keyNext: "next",
    keyPrevious: "previous",
    keyToggle: "yes/no",
    keyScale: "score",
    keySubmit: "done",
    keyBack: "names",
    keyLeave: "coach",
    keyConfirm: "confirm",
    keyCancel: "back",
    formTitle: "Shared terminal (kiosk)",
    formSubtitle: "Teachers fill in one by one and see nothing else. To leave: Ctrl-Q + PIN.",
    fieldChecklist: "Checklist",
    fieldAnonymous: "Names",
    anonymousChoices: ["keep with the answers", "anonymous: no names"],
    key: "kiosk",
    noTeachers: "No teachers take part; add members first."
  )
}
