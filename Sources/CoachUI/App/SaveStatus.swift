/// What the bottom line says about saving.
public enum SaveStatus: Equatable, Sendable {
  case saved
  case failed(String)
  case readOnly(String)
}
