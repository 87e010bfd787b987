import Foundation
import Synchronization

/// A fault the disk can be made to have, for the proof suite: the store must keep the
/// previous file whole, say what went wrong, and keep the change for a retry.
public enum DiskFault: Equatable, Sendable {
  /// Opening the temp file fails (a folder not writable: EACCES).
  case openFails(Int32)
  /// Half the bytes are written, then the write fails (a full disk: ENOSPC).
  case writeFailsHalfway(Int32)
  /// Everything is written but flushing it to the disk fails (EIO).
  case syncFails(Int32)
  /// The temp file is complete but cannot take the target's place.
  case renameFails(Int32)
}

/// Faults by folder, so that tests running side by side only hurt their own. Never set
/// outside the tests; a lookup is one lock and an empty dictionary.
public enum DiskFaults {
  private static let faults = Mutex<[String: DiskFault]>([:])

  /// Makes every atomic write into `folder` (not its subfolders) fail as `fault` says, until
  /// called again with nil.
  public static func inject(_ fault: DiskFault?, in folder: URL) {
    let key = folder.standardizedFileURL.path
    faults.withLock { $0[key] = fault }
  }

  static func fault(in folder: URL) -> DiskFault? {
    faults.withLock { faults in
      faults.isEmpty ? nil : faults[folder.standardizedFileURL.path]
    }
  }
}
