/// What the bottom line says about saving.
public enum SaveStatus: Equatable, Sendable {
  case saved
  case failed(String)
  case readOnly(String)
  /// A community changed outside vlgcoach and here: not saved until the coach chooses.
  case conflict(String)

  /// Whether something the coach did is not on disk yet.
  public var isUnsaved: Bool {
    switch self {
    case .failed, .conflict: true
    case .saved, .readOnly: false
    }
  }
}
