import {
  AdrProperty,
  EmailProperty,
  ExtendedProperty,
  FNProperty,
  NoteProperty,
  NProperty,
  OrgProperty,
  PhotoProperty,
  SourceProperty,
  SpecialValueType,
  TelProperty,
  TextType,
  TitleProperty,
  URIType,
  URLProperty,
  VCARD,
  ValueParameter,
} from "vcard4";
import type { ProfileForViewer } from "./get-profile";
import { splitName } from "./handle";

const text = (value: string | null | undefined) => (value ? new TextType(value) : undefined);

/**
 * The electronic business card as vCard 4.0 (RFC 6350), from what this viewer may see of the profile: a
 * field hidden from them is not on their card either.
 */
export function profileVCard(profile: ProfileForViewer, appUrl: string): string {
  const profileUrl = `${appUrl}/in/${profile.handle}`;
  const { family, given } = splitName(profile.name);
  const properties = [
    new FNProperty([], new TextType(profile.name)),
    new NProperty(
      [],
      new SpecialValueType("NProperty", [text(family), text(given), undefined, undefined, undefined]),
    ),
    new SourceProperty([], new URIType(`${profileUrl}/vcard`)),
    new URLProperty([], new URIType(profileUrl)),
  ];
  if (profile.headline) properties.push(new NoteProperty([], new TextType(profile.headline)));
  if (profile.currentPosition) {
    properties.push(new TitleProperty([], new TextType(profile.currentPosition.title)));
    properties.push(
      new OrgProperty(
        [],
        new SpecialValueType("OrgProperty", [new TextType(profile.currentPosition.companyName)]),
      ),
    );
  }
  if (profile.location && (profile.location.city || profile.location.region || profile.location.country)) {
    const { city, region, country } = profile.location;
    properties.push(
      new AdrProperty(
        [],
        new SpecialValueType("AdrProperty", [
          undefined,
          undefined,
          undefined,
          text(city),
          text(region),
          undefined,
          text(country),
        ]),
      ),
    );
  }
  const { email, phone, wechatId, website } = profile.contact;
  if (email) properties.push(new EmailProperty([], new TextType(email)));
  if (phone) {
    properties.push(
      new TelProperty(
        [new ValueParameter(new URIType("tel:x"))],
        new URIType(`tel:${phone.replace(/[^+\d]/g, "")}`),
      ),
    );
  }
  if (website) properties.push(new URLProperty([], new URIType(website)));
  if (wechatId) properties.push(new ExtendedProperty("X-WECHAT", [], new TextType(wechatId)));
  if (profile.avatar) properties.push(new PhotoProperty([], new URIType(`${appUrl}${profile.avatar.lg}`)));
  return foldByOctets(new VCARD(properties).repr());
}

const FOLD_AT_OCTETS = 75;
const utf8Length = (codePoint: string) => Buffer.byteLength(codePoint, "utf8");

/**
 * Content lines folded as RFC 6350 §3.2 says: at most 75 octets a line (a continuation's leading space counts),
 * never inside a multi-octet character. vcard4 folds at 75 UTF-16 units, which lets a Chinese line run to 127
 * octets and can cut an emoji in two: its lines are unfolded and folded again here.
 */
export function foldByOctets(card: string): string {
  return card
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map((line) => {
      const lines: string[] = [];
      let current = "";
      let octets = 0;
      for (const codePoint of line) {
        const size = utf8Length(codePoint);
        if (octets + size > FOLD_AT_OCTETS) {
          lines.push(current);
          current = " ";
          octets = 1;
        }
        current += codePoint;
        octets += size;
      }
      lines.push(current);
      return lines.join("\r\n");
    })
    .join("\r\n");
}
