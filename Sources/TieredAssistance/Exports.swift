// The umbrella module: `import TieredAssistance` gives a service the engine and the Inner
// Mongolia content in one import (the swift-collections `Collections` pattern).
//
// - `TieredAssistanceCore`: the engine, which names no jurisdiction (money, calendar,
//   identity, the household model and its format, policy books, rules and programs, the
//   household and columnar engines, explanations, batch).
// - `InnerMongolia`: content built on it (the rule catalog, the policy book and its
//   documents, place names, monitoring routes).

@_exported import TieredAssistanceCore
@_exported import InnerMongolia
