/// What a piece of text is, not how it looks: a theme turns each role into colours and
/// attributes, so the views never name a colour.
public enum StyleRole: String, CaseIterable, Codable, Sendable {
  case normal
  case dim
  case title
  case heading
  case accent
  case selection
  case selectionDim
  case statusBar
  case statusKey
  case tabActive
  case tabInactive
  case phaseDone
  case phaseCurrent
  case phaseTodo
  case success
  case warning
  case error
  case border
  case input
  case inputFocused
  case dialog
}
