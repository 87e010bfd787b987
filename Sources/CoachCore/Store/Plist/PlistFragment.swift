/// XML that this program's writer made earlier for one value at a given depth, written again
/// as it is: a save after one edit writes anew only the records that changed
/// (`WrittenParts`). Only the writer makes one; reading a file never does.
public struct PlistFragment: Sendable, Equatable {
  let bytes: [UInt8]
  /// The depth it was written for: the number of tabs before its first line.
  let indent: Int
}
