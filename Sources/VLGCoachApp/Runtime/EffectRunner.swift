import CoachCore
import CoachUI
import Foundation

/// Carries out the reducer's effects against the store and answers with events.
struct EffectRunner {
  let store: PropertyListStore
  let language: Language

  func perform(_ effect: Effect) -> [Event] {
    switch effect {
    case .load(let id, let intent):
      do {
        return [.loaded(try store.community(id), then: intent)]
      } catch let error as StoreError {
        return [.loadFailed(id, message: error.message(language))]
      } catch {
        return [.loadFailed(id, message: String(describing: error))]
      }
    case .persist(let operations):
      do {
        for operation in operations {
          switch operation {
          case .save(let community): try store.save(community)
          case .trash(let id): try store.trash(id)
          case .restore(let id): try store.restore(id)
          }
        }
        return [.persisted]
      } catch let error as StoreError {
        return [.persistFailed(message: error.message(language))]
      } catch {
        return [.persistFailed(message: String(describing: error))]
      }
    }
  }
}
