import CoachCore
import Foundation

/// Everything that can happen to the program: keys, the terminal, the clock, and the
/// runtime's answers to effects.
public enum Event: Equatable, Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// The clock: the day may have changed while the program ran.
  case tick(now: Date)
  /// A community read, with the coach's notes on it (kept apart from the community).
  case loaded(Community, notebook: CoachNotebook, then: LoadIntent)
  case loadFailed(UUID, message: String)
  /// Every operation of a `.persist` succeeded: the store now holds this library.
  case persisted(Library)
  /// The open agreements of a community not read in full, for the follow-up (the answer to
  /// `.readFollowUp`, one per community).
  case followUpRead(FollowUpDigest)
  /// The hits of a search (the answer to `.search`).
  case searched(query: String, SearchResults)
  /// Every community has been read (the answer to `.loadAll`), for what waited for it.
  case allLoaded(then: LoadAllIntent)
  case exported(path: String)
  case exportFailed(message: String)
  /// The export's file exists: nothing was written; `retry` replaces it if the coach agrees.
  case exportWouldReplace(path: String, retry: Effect)
  case persistFailed(message: String)
  /// The bytes of a file to import members from (the answer to `.readImportFile`).
  case importFileRead(community: UUID, path: String, data: Data)
  case importFileFailed(message: String)
  /// The store turned read-only while the program ran (a file from a newer vlgcoach).
  case storeBecameReadOnly(reason: String)
  /// These communities' files were changed outside vlgcoach since this program read them.
  case changedOutside([UUID])
  /// A community read again (the answer to `.reload`).
  case reloaded(Community, notebook: CoachNotebook)
  /// The other vlgcoach that held the store has ended: this one may save, and the store
  /// lists these communities now.
  case storeBecameWritable([CommunitySummary])
  /// The answer to a `.kioskPIN` effect.
  case kioskPIN(KioskPINAnswer)
  /// The store holds this playbook now (the answer to `.savePlaybook`).
  case playbookSaved(CoachPlaybook)
  /// The playbook was not written: the store's sentence.
  case playbookSaveFailed(String)
  /// SIGINT, SIGTERM or SIGHUP: stop now, safely.
  case terminate
}

public enum KioskPINAnswer: Equatable, Sendable {
  case isSet(Bool)
  case checked(matches: Bool)
  case saved
  /// The PIN file could not be read or written: said as it is.
  case failed(String)
}
