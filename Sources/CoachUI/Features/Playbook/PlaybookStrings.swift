import CoachCore

/// The words of the playbook screen and its forms, one instance per language.
struct PlaybookStrings: Sendable {
  let title: String
  /// The home screen's key to this screen.
  let keyOpen: String
  let keyShow: String
  let keySection: String
  let keyCopy: String
  let keyAdd: String
  let keyEdit: String
  let keyRemove: String
  /// Asked before a question or step goes: the next version will not have it.
  let removeQuestion: @Sendable (Int, String) -> String
  /// Asked before a step of an own protocol goes (a protocol has no answers to keep).
  let removeStep: @Sendable (Int, String) -> String
  let keyMove: String
  let sectionChecklists: String
  let sectionProtocols: String
  let builtin: String
  let own: String
  let version: @Sendable (_ number: Int) -> String
  let minutes: @Sendable (_ number: Int) -> String
  /// yes/no, scale 1–5, short text: in the order of `ChecklistTemplate.Answer.allCases`.
  let kinds: [String]
  let fieldID: String
  let fieldTitle: String
  let fieldName: String
  let fieldQuestion: String
  let fieldKind: String
  let fieldStep: String
  let fieldWho: String
  let fieldMinutes: String
  let copyChecklistTitle: @Sendable (_ name: String) -> String
  let copyProtocolTitle: @Sendable (_ name: String) -> String
  let addQuestionTitle: String
  let rewordTitle: String
  let addStepTitle: String
  let editStepTitle: String
  let minutesNotNumber: @Sendable (_ text: String) -> String
  let copied: @Sendable (_ name: String) -> String
  let versionSaved: @Sendable (_ name: String, _ version: Int) -> String
  let protocolSaved: @Sendable (_ name: String) -> String

  static func of(_ language: Language) -> PlaybookStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }

  static let dutch = PlaybookStrings(
    title: "Draaiboek",
    keyOpen: "draaiboek",
    keyShow: "toon",
    keySection: "lijsten/protocollen",
    keyCopy: "kopieer",
    keyAdd: "voeg toe",
    keyEdit: "wijzig",
    keyRemove: "verwijder",
    removeQuestion: { number, text in
      "\(number). “\(text)” verwijderen? Antwoorden die al gegeven zijn, blijven leesbaar."
    },
    removeStep: { number, title in "Stap \(number), “\(title)”, verwijderen?" },
    keyMove: "verplaats",
    sectionChecklists: "Vragenlijsten",
    sectionProtocols: "Gespreksprotocollen",
    builtin: "draaiboek",
    own: "eigen",
    version: { "versie \($0)" },
    minutes: { "\($0) min" },
    kinds: ["ja/nee", "schaal 1–5", "korte tekst"],
    fieldID: "Id",
    fieldTitle: "Titel",
    fieldName: "Naam",
    fieldQuestion: "Vraag",
    fieldKind: "Soort",
    fieldStep: "Stap",
    fieldWho: "Wie",
    fieldMinutes: "Minuten",
    copyChecklistTitle: { "Kopie van “\($0)”" },
    copyProtocolTitle: { "Kopie van “\($0)”" },
    addQuestionTitle: "Nieuwe vraag",
    rewordTitle: "Vraag herformuleren",
    addStepTitle: "Nieuwe stap",
    editStepTitle: "Stap wijzigen",
    minutesNotNumber: { "“\($0)” is geen aantal minuten." },
    copied: { "Gekopieerd als “\($0)”." },
    versionSaved: { "“\($0)”: versie \($1) bewaard." },
    protocolSaved: { "“\($0)” bewaard." }
  )

  static let english = PlaybookStrings(
    title: "Playbook",
    keyOpen: "playbook",
    keyShow: "show",
    keySection: "checklists/protocols",
    keyCopy: "copy",
    keyAdd: "add",
    keyEdit: "edit",
    keyRemove: "remove",
    removeQuestion: { number, text in
      "Remove \(number). “\(text)”? Answers already given stay readable."
    },
    removeStep: { number, title in "Remove step \(number), “\(title)”?" },
    keyMove: "move",
    sectionChecklists: "Checklists",
    sectionProtocols: "Discussion protocols",
    builtin: "playbook",
    own: "own",
    version: { "version \($0)" },
    minutes: { "\($0) min" },
    kinds: ["yes/no", "scale 1–5", "short text"],
    fieldID: "Id",
    fieldTitle: "Title",
    fieldName: "Name",
    fieldQuestion: "Question",
    fieldKind: "Kind",
    fieldStep: "Step",
    fieldWho: "Who",
    fieldMinutes: "Minutes",
    copyChecklistTitle: { "Copy of “\($0)”" },
    copyProtocolTitle: { "Copy of “\($0)”" },
    addQuestionTitle: "New question",
    rewordTitle: "Reword the question",
    addStepTitle: "New step",
    editStepTitle: "Edit the step",
    minutesNotNumber: { "“\($0)” is not a number of minutes." },
    copied: { "Copied as “\($0)”." },
    versionSaved: { "“\($0)”: version \($1) saved." },
    protocolSaved: { "“\($0)” saved." }
  )
}
