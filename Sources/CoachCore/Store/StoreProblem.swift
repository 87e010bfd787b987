/// Something found wrong in the store: reported on opening and by `vlgcoach check`.
public enum StoreProblem: Equatable, Sendable {
  /// A file that did not decode, set aside (or left in place when the store is read-only).
  case corruptFile(file: String, movedTo: String?)
  case futureVersion(file: String, version: Int)
  /// The index named a community whose file is gone; the entry was dropped.
  case missingCommunityFile(name: String, file: String)
  /// Files or folders that others can read: the notes are personal data.
  case loosePermissions(path: String, mode: Int)
  /// A temp file of an interrupted write, removed.
  case interruptedWrite(file: String)
  /// A damaged file set aside earlier, still waiting for the coach to look at it.
  case setAsideFile(file: String)
  /// A file with oddities, mended; the original kept beside it (when the store may write).
  case repaired(file: String, repairs: [StoredRepair], originalKeptAs: String?)
  /// A community file whose content has another id than its name: a copy, left out.
  case misnamedFile(file: String, holds: String)
  /// The index named a community twice; once is kept.
  case duplicateIndexEntry(name: String)
  /// The index said something else than the community's file (a crash, an outside change).
  case staleIndexEntry(name: String)
  /// The index could not be written after a save; the save itself is durable.
  case indexNotWritten
  /// A version changed by someone else, kept beside the file on the coach's word.
  case outsideVersionKept(file: String)

  /// Problems after which the index is written anew.
  var concernsIndex: Bool {
    switch self {
    case .duplicateIndexEntry, .corruptFile(file: StoreFiles.indexName, _): true
    default: false
    }
  }
  /// A folder vlgcoach made that others could read; it is 0700 again.
  case tightenedPermissions(path: String, mode: Int)
  /// A symbolic link where vlgcoach keeps its files: neither followed nor kept by a save.
  case symbolicLink(path: String, target: String)
  /// A folder or file vlgcoach may not read: what is in it was not checked.
  case unreadable(path: String, reason: String)

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .corruptFile(let file, let movedTo):
      if let movedTo {
        return nl
          ? "\(file) is beschadigd en staat nu apart als \(movedTo)."
          : "\(file) is damaged and was set aside as \(movedTo)."
      }
      return nl ? "\(file) is beschadigd (niet gewijzigd)." : "\(file) is damaged (left as it is)."
    case .futureVersion(let file, let version):
      return ReadOnlyReason.futureVersion(file: file, version: version).message(language)
    case .missingCommunityFile(let name, let file):
      return nl
        ? "De index noemde “\(name)”, maar \(file) ontbreekt."
        : "The index named “\(name)”, but \(file) is missing."
    case .loosePermissions(let path, let mode):
      let octal = String(mode, radix: 8)
      return nl
        ? "\(path) is leesbaar voor anderen (modus \(octal)); verwacht 700 of 600."
        : "\(path) can be read by others (mode \(octal)); expected 700 or 600."
    case .interruptedWrite(let file):
      return nl
        ? "Een onderbroken schrijfactie liet \(file) achter; opgeruimd, de vorige versie is intact."
        : "An interrupted write left \(file); removed, the previous version is intact."
    case .setAsideFile(let file):
      return nl
        ? "\(file) is een eerder apart gezet beschadigd bestand; bekijk het en verwijder het daarna."
        : "\(file) is a damaged file set aside earlier; look at it, then remove it."
    case .repaired(let file, let repairs, let original):
      let shown = repairs.prefix(3).map { $0.message(language) }.joined(separator: "; ")
      let more =
        repairs.count > 3
        ? (nl ? " (en \(repairs.count - 3) meer)" : " (and \(repairs.count - 3) more)") : ""
      let kept =
        original.map {
          nl ? "; het origineel staat apart als \($0)" : "; the original was kept as \($0)"
        }
        ?? (nl
          ? " (alleen bij het lezen; het bestand bleef zoals het was)"
          : " (while reading only; the file was left as it was)")
      return nl
        ? "\(file) had vreemde waarden en werd hersteld\(kept): \(shown)\(more)."
        : "\(file) held odd values and was mended\(kept): \(shown)\(more)."
    case .misnamedFile(let file, let holds):
      return nl
        ? "\(file) bevat “\(holds)”, maar onder een andere naam dan het eigen bestand (een kopie?); niet getoond."
        : "\(file) holds “\(holds)” under another name than its own file (a copy?); not shown."
    case .duplicateIndexEntry(let name):
      return nl
        ? "De index noemde “\(name)” twee keer; één keer volstaat."
        : "The index named “\(name)” twice; once is enough."
    case .staleIndexEntry(let name):
      return nl
        ? "De index was niet bij voor “\(name)”; opnieuw gelezen uit het bestand."
        : "The index was out of date for “\(name)”; read again from its file."
    case .indexNotWritten:
      return nl
        ? "De index kon niet geschreven worden; je wijzigingen zijn bewaard, de index wordt bij het volgende openen hersteld."
        : "The index could not be written; your changes are saved, the index is rebuilt on the next opening."
    case .outsideVersionKept(let file):
      return nl
        ? "De versie van buiten vlgcoach staat apart als \(file)."
        : "The version from outside vlgcoach was kept as \(file)."
    case .tightenedPermissions(let path, let mode):
      let octal = String(mode, radix: 8)
      return nl
        ? "\(path) was leesbaar voor anderen (modus \(octal)); vlgcoach zette het op 700."
        : "\(path) could be read by others (mode \(octal)); vlgcoach set it to 700."
    case .symbolicLink(let path, let target):
      return nl
        ? "\(path) is een symbolische link naar \(target); vlgcoach volgt hem niet, en bewaren vervangt hem door een bestand."
        : "\(path) is a symbolic link to \(target); vlgcoach does not follow it, and saving replaces it with a file."
    case .unreadable(let path, let reason):
      return nl
        ? "\(path) kan niet gelezen worden: \(reason); er is niets in nagekeken."
        : "Cannot read \(path): \(reason); nothing in it was checked."
    }
  }
}
