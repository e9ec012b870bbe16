import TieredAssistanceCore

extension AssistanceChain {
    /// The chain as one compact JSON object with the keys `signals`, `chain` and
    /// `missingThresholds`, as `assist monitor` writes them after each line's household keys.
    public func encode(language: Language = .chinese) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 512)
        writer.beginObject()
        writeMembers(to: &writer, language: language)
        writer.endObject()
        return writer.bytes
    }

    /// Writes the chain's signals and steps into the current JSON object (keys `signals`,
    /// `chain`, `missingThresholds`).
    package func writeMembers(to writer: inout JSONWriter, language: Language) {
        writer.key("signals")
        writer.beginArray()
        for signal in signals {
            writer.beginObject()
            writer.key("kind"); writer.string(signal.kind.rawValue)
            writer.key("member"); if let member = signal.member { writer.string(member.rawValue) } else { writer.null() }
            writer.key("detail"); writer.string(signal.detail.text(language))
            // Figures as JSON numbers in their display unit (yuan for money), exact.
            writer.key("value"); if let value = signal.value { writer.exactNumber(value) } else { writer.null() }
            writer.key("threshold"); if let threshold = signal.threshold { writer.exactNumber(threshold) } else { writer.null() }
            writer.key("unit"); if let unit = (signal.value ?? signal.threshold)?.unit { writer.string(unit.description) } else { writer.null() }
            writer.key("parameter"); if let parameter = signal.parameter { writer.string(parameter.definition.id.rawValue) } else { writer.null() }
            writer.key("parameterStatus")
            if let parameter = signal.parameter { writer.string(parameter.entry.status.rawValue) } else { writer.null() }
            writer.key("dataSource"); writer.string(signal.kind.dataSource.text(language))
            writer.endObject()
        }
        writer.endArray()
        writer.key("chain")
        writer.beginArray()
        for (index, step) in steps.enumerated() {
            writer.beginObject()
            writer.key("step"); writer.int(index + 1)
            writer.key("department"); if let department = step.department { writer.string(department.rawValue) } else { writer.null() }
            writer.key("departmentZh"); writer.string(step.department?.chineseName ?? "入户核实")
            writer.key("homeVisit"); writer.bool(step.isHomeVisit)
            writer.key("reasons")
            writer.beginArray()
            for reason in step.reasons { writer.string(reason.rawValue) }
            writer.endArray()
            writer.key("programs")
            writer.beginArray()
            for check in step.programs {
                writer.beginObject()
                writer.key("program"); writer.string(check.program.rawValue)
                writer.key("member"); if let member = check.member { writer.string(member.rawValue) } else { writer.null() }
                writer.key("status"); writer.string(check.status.rawValue)
                writer.key("nearMiss"); writer.bool(check.isNearMiss)
                writer.key("rules")
                writer.beginArray()
                for rule in check.rules { writer.string(rule.rawValue) }
                writer.endArray()
                writer.endObject()
            }
            writer.endArray()
            writer.key("note"); if let note = step.note { writer.string(note.text(language)) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        writer.key("missingThresholds")
        writer.beginArray()
        for absence in missingThresholds { writer.string(language == .chinese ? absence.chineseDescription : absence.description) }
        writer.endArray()
        writer.key("reconciliation")
        ReconciliationJSON.write(reconciliation, language: language, to: &writer)
    }

    /// The chain as text: the signals, then each step with its programs (titles from
    /// ``catalog``).
    public func text(language: Language) -> String {
        let zh = language == .chinese
        var lines: [String] = []
        lines.append(zh ? "家庭 \(household) · \(day) · 预警 \(signals.count) 项" : "Household \(household) · \(day) · \(signals.count) signals")
        for signal in signals {
            var line = "  ! " + (zh ? signal.kind.chineseName : signal.kind.rawValue) + "：" + signal.detail.text(language)
            if let value = signal.value, let threshold = signal.threshold, let comparison = signal.comparison {
                line += zh ? "（\(value) \(comparison.rawValue) 阈值 \(threshold)" : " (\(value) \(comparison.rawValue) threshold \(threshold)"
                if let parameter = signal.parameter, parameter.entry.status == .illustrative { line += zh ? "，示例阈值" : ", illustrative threshold" }
                line += zh ? "）" : ")"
            }
            lines.append(zh ? line : line.replacingChinesePunctuation())
        }
        for (index, step) in steps.enumerated() {
            let name = step.department.map { zh ? $0.chineseName : $0.rawValue } ?? (zh ? "入户核实" : "home visit")
            lines.append("  \(index + 1). \(name)" + (step.note.map { " — " + $0.text(language) } ?? ""))
            for check in step.programs {
                let title = catalog.program(check.program).map { zh ? $0.chineseTitle : $0.englishTitle } ?? check.program.rawValue
                var line = "       \(title)"
                if let member = check.member { line += zh ? " 成员 \(member)" : " member \(member)" }
                line += "：" + (zh ? check.status.chineseName : check.status.englishName)
                if check.isNearMiss { line += zh ? "（接近符合）" : " (near miss)" }
                line += " [" + check.rules.map(\.rawValue).joined(separator: ", ") + "]"
                lines.append(zh ? line : line.replacingChinesePunctuation())
            }
        }
        lines += ExplanationRenderer(language: language).render(reconciliation)
        return lines.joined(separator: "\n") + "\n"
    }
}
