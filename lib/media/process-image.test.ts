import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ImageCropSchema } from "./crop";
import { processImage } from "./process-image";

const photo = (format: "jpeg" | "png" | "webp" = "jpeg", width = 1200, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .toFormat(format)
    .toBuffer();

async function refusal(bytes: Buffer): Promise<string | undefined> {
  try {
    await processImage("avatar", bytes);
  } catch (error) {
    if (error instanceof AppError) return error.details.fields?.image;
    throw error;
  }
  return undefined;
}

/** A JPEG with a comment segment (COM, FF FE) right after its start marker. */
function withJpegComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, "latin1");
  const length = Buffer.alloc(2);
  length.writeUInt16BE(text.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, jpeg.subarray(2)]);
}

describe("processImage", () => {
  it("makes every fixed size as WebP from a JPEG, PNG or WebP", async () => {
    for (const format of ["jpeg", "png", "webp"] as const) {
      const variants = await processImage("avatar", await photo(format));
      expect(Object.keys(variants).sort()).toEqual(["lg", "md", "sm"]);
      const lg = await sharp(variants.lg).metadata();
      expect([lg.format, lg.width, lg.height]).toEqual(["webp", 400, 400]);
    }
    const banner = await processImage("banner", await photo("png", 2000, 600));
    expect((await sharp(banner.lg).metadata()).width).toBe(1584);
  });

  it("strips EXIF, GPS included", async () => {
    const tagged = await sharp(await photo())
      .withExif({
        IFD0: { Copyright: "me", Artist: "someone" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1" },
      })
      .jpeg()
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
    const variants = await processImage("avatar", tagged);
    for (const bytes of Object.values(variants)) {
      const metadata = await sharp(bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from("GPS"))).toBe(false);
    }
  });

  it("refuses what is not a JPEG, PNG or WebP, whatever its name", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    expect(await refusal(svg)).toBe("image.wrongType");
    expect(
      await refusal(
        await sharp(await photo())
          .gif()
          .toBuffer(),
      ),
    ).toBe("image.wrongType");
    expect(await refusal(Buffer.from("just some text, named photo.jpg"))).toBe("image.unreadable");
    expect(await refusal(Buffer.alloc(0))).toBe("image.empty");
  });

  it("refuses polyglots: markup hidden in a comment or after the image", async () => {
    const jpeg = await photo();
    expect(await refusal(withJpegComment(jpeg, "<script>alert(1)</script>"))).toBe("image.notOnlyImage");
    expect(await refusal(Buffer.concat([jpeg, Buffer.from("<html><body>hi</body></html>")]))).toBe(
      "image.notOnlyImage",
    );
    const png = await photo("png");
    expect(await refusal(Buffer.concat([png, Buffer.from("PK\u0003\u0004 a zip archive follows")]))).toBe(
      "image.notOnlyImage",
    );
  });

  it("refuses files over 8 MB and images over 40 megapixels", async () => {
    expect(await refusal(Buffer.concat([await photo(), Buffer.alloc(8 * 1024 * 1024)]))).toBe(
      "image.tooLarge",
    );
    const huge = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    expect(huge.length).toBeLessThan(8 * 1024 * 1024);
    expect(await refusal(huge)).toBe("image.tooManyPixels");
  });
});

describe("framing before upload", () => {
  // left half red, right half blue; turned a quarter by its EXIF orientation (6), so upright it is red on top
  const halves = async (orientation?: number) => {
    const image = sharp({
      create: { width: 400, height: 200, channels: 3, background: "#ff0000" },
    }).composite([
      {
        input: await sharp({ create: { width: 200, height: 200, channels: 3, background: "#0000ff" } })
          .png()
          .toBuffer(),
        left: 200,
        top: 0,
      },
    ]);
    return (orientation ? image.withMetadata({ orientation }) : image).jpeg().toBuffer();
  };
  const centre = async (webp: Buffer) => {
    const { data } = await sharp(webp).resize(1, 1).raw().toBuffer({ resolveWithObject: true });
    return { red: data[0]!, blue: data[2]! };
  };

  it("keeps the area the member framed, in percent of the picture", async () => {
    const right = await processImage("avatar", await halves(), { x: 50, y: 0, width: 50, height: 100 });
    expect(await centre(right.md!)).toMatchObject({ blue: expect.toSatisfy((b: number) => b > 200) });
    const left = await processImage("avatar", await halves(), { x: 0, y: 0, width: 50, height: 100 });
    expect((await centre(left.md!)).red).toBeGreaterThan(200);
  });

  it("frames the upright picture, as the browser showed it", async () => {
    // orientation 6 turns it clockwise: the red half is on top, so the top half of the frame is red
    const top = await processImage("avatar", await halves(6), { x: 0, y: 0, width: 100, height: 50 });
    expect((await centre(top.md!)).red).toBeGreaterThan(200);
  });

  it("refuses an area outside the picture", () => {
    for (const crop of [
      { x: 0, y: 0, width: 0, height: 50 },
      { x: 60, y: 0, width: 50, height: 50 },
      { x: -1, y: 0, width: 50, height: 50 },
      { x: "a", y: 0, width: 50, height: 50 },
    ])
      expect(ImageCropSchema.safeParse(crop).success, JSON.stringify(crop)).toBe(false);
    expect(ImageCropSchema.parse({ x: "12.5", y: "0", width: "50", height: "100" })).toEqual({
      x: 12.5,
      y: 0,
      width: 50,
      height: 100,
    });
  });
});
