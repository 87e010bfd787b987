/// Whether this program may write to the store.
public enum StoreAccess: Equatable, Sendable {
  case readWrite
  case readOnly(ReadOnlyReason)

  public var isReadOnly: Bool { self != .readWrite }
}
