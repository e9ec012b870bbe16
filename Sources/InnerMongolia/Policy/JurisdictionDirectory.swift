import TieredAssistanceCore

/// Names of the administrative divisions the built-in data and examples use, for display.
/// Codes not listed still work everywhere; they are shown by code alone.
public enum JurisdictionDirectory {
    /// The names as the engine takes them (``RuleCatalog/innerMongolia`` carries them).
    public static let placeNames = PlaceNames(Dictionary(uniqueKeysWithValues: names.map { code, name in
        guard let division = AdministrativeDivisionCode(Int(code)) else {
            preconditionFailure("\(code) is not an administrative-division code")
        }
        return (division, name)
    }))

    /// The Chinese name of a division, if listed: 152201 → 乌兰浩特市.
    public static func name(of code: AdministrativeDivisionCode) -> String? {
        placeNames.name(of: code)
    }

    /// `152201 乌兰浩特市`, or the code alone when the name is not listed.
    public static func label(of code: AdministrativeDivisionCode) -> String {
        placeNames.label(of: code)
    }

    private static let names: [Int32: String] = [
        100000: "全国",
        150000: "内蒙古自治区",
        150100: "呼和浩特市",
        150200: "包头市",
        150300: "乌海市",
        150302: "海勃湾区",
        150303: "海南区",
        150304: "乌达区",
        150400: "赤峰市",
        150500: "通辽市",
        150600: "鄂尔多斯市",
        150700: "呼伦贝尔市",
        150800: "巴彦淖尔市",
        150900: "乌兰察布市",
        152200: "兴安盟",
        152201: "乌兰浩特市",
        152202: "阿尔山市",
        152221: "科尔沁右翼前旗",
        152500: "锡林郭勒盟",
        152526: "西乌珠穆沁旗",
        152900: "阿拉善盟",
    ]
}

extension AdministrativeDivisionCode {
    /// 150000 内蒙古自治区 (Inner Mongolia).
    public static let innerMongolia = AdministrativeDivisionCode(150000)!
    /// 152200 兴安盟 (Xing'an League).
    public static let xinganLeague = AdministrativeDivisionCode(152200)!
}
