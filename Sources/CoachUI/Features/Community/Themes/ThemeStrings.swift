/// The texts of the community's themes tab and its forms.
public struct ThemeStrings: Sendable {
  public let tab: String
  public let none: String
  public let teachers: @Sendable (Int) -> String
  public let members: String
  public let nobody: String
  public let subgroups: String
  public let outputs: String
  public let noOutputs: String
  public let made: @Sendable (String) -> String
  public let tried: @Sendable (String) -> String
  public let notTried: String
  public let moments: String
  public let keyAddOutput: String
  public let keyAddMoment: String
  public let keyAddSubgroup: String
  public let newTheme: String
  public let editTheme: String
  public let newOutput: @Sendable (String) -> String
  public let newMoment: @Sendable (String) -> String
  public let newSubgroup: @Sendable (String) -> String
  public let fieldTitle: String
  public let fieldDescription: String
  public let fieldMembers: String
  public let fieldStatus: String
  public let fieldOutput: String
  public let fieldMade: String
  public let fieldTried: String
  public let fieldKind: String
  public let fieldDay: String
  public let fieldNote: String
  public let fieldName: String
  public let namesPlaceholder: String
  public let triedPlaceholder: String
  public let added: @Sendable (String) -> String
  public let changed: @Sendable (String) -> String
  public let outputAdded: @Sendable (String) -> String
  public let momentAdded: @Sendable (String) -> String
  public let subgroupAdded: @Sendable (String) -> String
  public let deleted: @Sendable (String) -> String
  public let itemChanged: String
  public let itemDeleted: String
  public let keyOpen: String
  public let title: @Sendable (String) -> String
  public let noItems: String

  public static let dutch = ThemeStrings(
    tab: "Thema's",
    none: "Nog geen thema's. Druk op a om het eerste thema toe te voegen (fase 3).",
    teachers: { $0 == 1 ? "1 leraar" : "\($0) leraren" },
    members: "Leraren",
    nobody: "nog niemand",
    subgroups: "Deelgroepen",
    outputs: "Output",
    noOutputs: "nog geen output",
    made: { "gemaakt \($0)" },
    tried: { "in de klas \($0)" },
    notTried: "nog niet in de klas",
    moments: "Uitwisseling en toonmomenten",
    keyAddOutput: "output",
    keyAddMoment: "moment",
    keyAddSubgroup: "deelgroep",
    newTheme: "Nieuw thema",
    editTheme: "Thema bewerken",
    newOutput: { "Output van “\($0)”" },
    newMoment: { "Moment van “\($0)”" },
    newSubgroup: { "Deelgroep van “\($0)”" },
    fieldTitle: "Titel",
    fieldDescription: "Beschrijving",
    fieldMembers: "Leraren",
    fieldStatus: "Stand",
    fieldOutput: "Wat is gemaakt",
    fieldMade: "Gemaakt op",
    fieldTried: "In de klas op",
    fieldKind: "Soort",
    fieldDay: "Datum",
    fieldNote: "Toelichting",
    fieldName: "Naam",
    namesPlaceholder: "namen, gescheiden door komma's",
    triedPlaceholder: "leeg: nog niet",
    added: { "thema “\($0)” toegevoegd" },
    changed: { "thema “\($0)” bewerkt" },
    outputAdded: { "output “\($0)” bewaard" },
    momentAdded: { "\($0) bewaard" },
    subgroupAdded: { "deelgroep “\($0)” toegevoegd" },
    deleted: { "thema “\($0)” gewist" },
    itemChanged: "aangepast",
    itemDeleted: "gewist",
    keyOpen: "open",
    title: { "Thema · \($0)" },
    noItems: "Nog geen deelgroep, output of moment: o, m of s voegt er een toe."
  )

  public static let english = ThemeStrings(
    tab: "Themes",
    none: "No themes yet. Press a to add the first theme (phase 3).",
    teachers: { $0 == 1 ? "1 teacher" : "\($0) teachers" },
    members: "Teachers",
    nobody: "nobody yet",
    subgroups: "Subgroups",
    outputs: "Output",
    noOutputs: "no output yet",
    made: { "made \($0)" },
    tried: { "in class \($0)" },
    notTried: "not tried in class yet",
    moments: "Exchange and showcase moments",
    keyAddOutput: "output",
    keyAddMoment: "moment",
    keyAddSubgroup: "subgroup",
    newTheme: "New theme",
    editTheme: "Edit theme",
    newOutput: { "Output of “\($0)”" },
    newMoment: { "Moment of “\($0)”" },
    newSubgroup: { "Subgroup of “\($0)”" },
    fieldTitle: "Title",
    fieldDescription: "Description",
    fieldMembers: "Teachers",
    fieldStatus: "Status",
    fieldOutput: "What was made",
    fieldMade: "Made on",
    fieldTried: "Tried in class on",
    fieldKind: "Kind",
    fieldDay: "Date",
    fieldNote: "Note",
    fieldName: "Name",
    namesPlaceholder: "names, separated by commas",
    triedPlaceholder: "empty: not yet",
    added: { "theme “\($0)” added" },
    changed: { "theme “\($0)” edited" },
    outputAdded: { "output “\($0)” saved" },
    momentAdded: { "\($0) saved" },
    subgroupAdded: { "subgroup “\($0)” added" },
    deleted: { "theme “\($0)” deleted" },
    itemChanged: "corrected",
    itemDeleted: "deleted",
    keyOpen: "open",
    title: { "Theme · \($0)" },
    noItems: "No subgroup, output or moment yet: o, m or s adds one."
  )
}
