/// Why the store could not do what was asked, with the sentence a coach reads.
public enum StoreError: Error, Equatable, Sendable {
  case cannotCreateDirectory(String, reason: String)
  case notADirectory(String)
  /// A command that only reads found no store folder (and made none).
  case noStore(String)
  case readOnly(ReadOnlyReason)
  case writeFailed(String, reason: String)
  case readFailed(String, reason: String)
  case communityMissing(String)
  case communityCorrupt(name: String, movedTo: String?)
  /// Someone else changed the community's file since it was read: nothing was overwritten.
  case changedOnDisk(name: String)

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .cannotCreateDirectory(let path, let reason):
      return nl
        ? "De map \(path) kan niet gemaakt worden: \(reason)."
        : "Cannot create the folder \(path): \(reason)."
    case .notADirectory(let path):
      return nl
        ? "\(path) is een bestand, geen map. Kies een map met --store."
        : "\(path) is a file, not a folder. Choose a folder with --store."
    case .noStore(let path):
      return nl ? "Er is nog geen opslag in \(path)." : "There is no store in \(path) yet."
    case .readOnly(let reason):
      return reason.message(language)
    case .writeFailed(let path, let reason):
      return nl
        ? "Bewaren in \(path) lukte niet: \(reason). Je wijziging staat nog op het scherm."
        : "Could not save to \(path): \(reason). Your change is still on screen."
    case .readFailed(let path, let reason):
      return nl ? "\(path) kan niet gelezen worden: \(reason)." : "Cannot read \(path): \(reason)."
    case .communityMissing(let name):
      return nl
        ? "Het bestand van “\(name)” ontbreekt in de opslag."
        : "The file of “\(name)” is missing from the store."
    case .communityCorrupt(let name, let movedTo):
      if let movedTo {
        return nl
          ? "Het bestand van “\(name)” is beschadigd; het staat nu apart als \(movedTo)."
          : "The file of “\(name)” is damaged; it was set aside as \(movedTo)."
      }
      return nl
        ? "Het bestand van “\(name)” is beschadigd en werd niet gewijzigd."
        : "The file of “\(name)” is damaged and was left untouched."
    case .changedOnDisk(let name):
      return nl
        ? "“\(name)” werd buiten vlgcoach gewijzigd sinds het gelezen werd; er werd niets overschreven. Probeer opnieuw."
        : "“\(name)” was changed outside vlgcoach since it was read; nothing was overwritten. Try again."
    }
  }
}

/// Why the store opened read-only: every change is refused, nothing is overwritten.
public enum ReadOnlyReason: Equatable, Sendable {
  case lockedByOtherInstance(pid: Int32?)
  case directoryNotWritable(String)
  case futureVersion(file: String, version: Int)
  case lockUnavailable(String)
  /// Opened by a command that only reads.
  case openedForReading

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .lockedByOtherInstance(let pid):
      let who = pid.map { nl ? " (proces \($0))" : " (process \($0))" } ?? ""
      return nl
        ? "vlgcoach is al open\(who); deze kopie is alleen-lezen."
        : "vlgcoach is already open\(who); this copy is read-only."
    case .directoryNotWritable(let path):
      return nl
        ? "De map \(path) is alleen-lezen; er wordt niets bewaard."
        : "The folder \(path) is read-only; nothing will be saved."
    case .futureVersion(let file, let version):
      return nl
        ? "\(file) komt van een nieuwere vlgcoach (versie \(version)); alleen-lezen om niets te verliezen."
        : "\(file) was written by a newer vlgcoach (version \(version)); read-only so nothing is lost."
    case .lockUnavailable(let reason):
      return nl
        ? "De opslag kan niet vergrendeld worden (\(reason)); alleen-lezen."
        : "The store cannot be locked (\(reason)); read-only."
    case .openedForReading:
      return nl ? "Alleen geopend om te lezen." : "Opened for reading only."
    }
  }
}
