import CoachCore
import Foundation

/// One store operation; the runtime performs them in order.
public enum PersistOperation: Equatable, Sendable {
  case save(Community)
  /// The coach's private notes on a community, written into its file.
  case saveNotebook(CoachNotebook)
  case trash(UUID)
  case restore(UUID)
}

/// What the reducer asks the runtime to do. The runtime answers with an `Event`.
public enum Effect: Equatable, Sendable {
  /// Read a community from the store, then carry on with `intent`.
  case load(UUID, then: LoadIntent)
  /// Carry out the operations; once they all succeeded the store holds `reaching`.
  case persist([PersistOperation], reaching: Library)
  /// Like `.persist`, after the coach chose what happens to the community whose file was
  /// changed outside vlgcoach.
  case persistOver(
    [PersistOperation], reaching: Library, community: UUID, choice: OutsideChangeChoice)
  /// Read a community's file again as it is now, dropping what this program knew of it.
  case reload(UUID)
  /// Look whether files were changed outside vlgcoach, and whether a store that was locked
  /// by another vlgcoach may be written again (every tick).
  case watchStore
  /// Keep a form whose text cannot be saved yet as a draft in the store, for the next start
  /// (the program is ending: a signal or a closed terminal).
  case saveDraft(FormState)
  /// Read every community not read yet (the follow-up across communities and the search
  /// need them all), then carry on with `then`. The runtime reads them off the key path and
  /// answers with a `.loaded` per community, then `.allLoaded`.
  case loadAll(then: LoadAllIntent)
  /// Read the open agreements of these communities (not read in full) for the follow-up
  /// across communities: from the store's digests, off the key path. Answered with a
  /// `.followUpRead` per community (`.loadFailed` for a damaged one), as they come.
  case readFollowUp([UUID])
  /// Write the minutes of a meeting as Markdown: to `path`, or into the store's exports
  /// folder when nil. The runtime answers `.exported`, `.exportFailed`, or — when a file is
  /// there already — `.exportWouldReplace`. `replacing`: the file the coach agreed to replace.
  case exportMinutes(Community, meeting: UUID, path: String?, replacing: String? = nil)
  /// Write the community's meetings as an iCalendar file, like the minutes: to `path` or
  /// into the store's exports folder.
  case exportCalendar(Community, path: String?, replacing: String? = nil)
  /// Read a file to import members from (`~` is the home folder); answered `.importFileRead`
  /// or `.importFileFailed`.
  case readImportFile(community: UUID, path: String)
  /// Write the school-leader report, the dossier or the hand-over as Markdown, like the
  /// minutes: to `path` or into the store's exports folder, in the UI language.
  case exportDocument(Community, ExportDocument, path: String?, replacing: String? = nil)
  /// The kiosk's PIN: whether one is set, whether a typed one is right (a slow hash, so a
  /// guess costs time), or set a new one. Answered with `.kioskPIN`.
  case kioskPIN(KioskPINRequest)
  /// Search off the key path; answered with `.searched` (a newer search replaces one not
  /// started yet, so not every request gets an answer).
  case search(SearchRequest)
  /// Write the coach's own checklists and protocols to `playbook.plist`. Answered with
  /// `.playbookSaved` or `.playbookSaveFailed` (a read-only store, a file changed outside).
  case savePlaybook(CoachPlaybook)
}

public enum KioskPINRequest: Equatable, Sendable {
  case status
  case check(String)
  case set(String)
}

/// What waits for every community to be read.
public enum LoadAllIntent: Equatable, Sendable {
  /// The search is open already and grows as they come in.
  case search
}

/// Why a community was read, so the reducer can finish what the key press started.
public enum LoadIntent: Equatable, Sendable {
  case open
  case edit
  /// Only remember it (part of `.loadAll`).
  case remember
  /// Ask how an agreement went (the follow-up across communities knew only its digest).
  case review(agreement: UUID)
}
