/// The texts of a phase's coach checklist on its guide and of the form that ticks an item.
public struct ChecklistStrings: Sendable {
  public let title: String
  public let key: String
  public let formTitle: @Sendable (Int) -> String
  public let fieldItem: String
  public let fieldState: String
  public let states: [String]
  public let fieldDay: String
  public let fieldRemark: String
  public let ticked: String
  public let unticked: String
  public let nothingToTick: String
  public let protocols: String

  public static let dutch = ChecklistStrings(
    title: "Checklist van de coach",
    key: "afvinken",
    formTitle: { "Checklist van fase \($0)" },
    fieldItem: "Punt",
    fieldState: "Stand",
    states: ["gedaan", "nog niet"],
    fieldDay: "Datum",
    fieldRemark: "Opmerking",
    ticked: "afgevinkt",
    unticked: "niet meer afgevinkt",
    nothingToTick: "De gegevens beantwoorden elk punt van deze fase.",
    protocols: "Gespreksprotocollen voor deze fase"
  )

  public static let english = ChecklistStrings(
    title: "Coach's checklist",
    key: "tick",
    formTitle: { "Checklist of phase \($0)" },
    fieldItem: "Item",
    fieldState: "State",
    states: ["done", "not yet"],
    fieldDay: "Date",
    fieldRemark: "Remark",
    ticked: "ticked",
    unticked: "no longer ticked",
    nothingToTick: "The data answer every item of this phase.",
    protocols: "Discussion protocols for this phase"
  )
}
