import CoachCore
import CoachUI
import Foundation

/// The kiosk's PIN, kept beside the store as a salted slow hash (`KioskPIN`).
extension EffectRunner {
  func kioskPIN(_ request: KioskPINRequest) -> KioskPINAnswer {
    do {
      switch request {
      case .status:
        return .isSet(try KioskPIN.read(from: store.directory) != nil)
      case .check(let pin):
        guard let known = try KioskPIN.read(from: store.directory) else {
          return .failed(KioskStrings.of(language).pinMissing)
        }
        return .checked(matches: known.matches(pin))
      case .set(let pin):
        try KioskPIN.make(pin: pin).write(to: store.directory)
        return .saved
      }
    } catch let error as KioskPINError {
      return .failed(error.sentence(language))
    } catch {
      return .failed(String(describing: error))
    }
  }
}
