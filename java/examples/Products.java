import zegocodes.AsrCode;
import zegocodes.Kind;
import zegocodes.Lang;
import zegocodes.Meaning;
import zegocodes.NotFoundException;
import zegocodes.Product;
import zegocodes.ProductCode;
import zegocodes.RtcCode;
import zegocodes.Section;
import zegocodes.ZegoCodes;
import zegocodes.ZegoException;

/**
 * Lookups by product, as java/README.md shows them: the README's block is the text between
 * the README markers below (a test holds the two equal), and make test-java compiles this
 * file with the jar as its only class path and runs it.
 *
 * usage: java -cp zego-codes.jar:. Products
 */
public class Products {
    public static void main(String[] args) {
        // README:begin
        // ASR's 410001002 is not AI Agent's: name the product whose API answered.
        ProductCode asr = ZegoCodes.lookup(Product.ASR, 410001002);
        System.out.println(asr.getName() + ": " + asr.getMessage(Lang.EN));   // ASR's name and text
        check(asr.getName().equals(AsrCode.ASR_TASK_NOT_FOUND.name()));

        // RTC's sections give 41003 two meanings: without a section the lookup says so.
        ProductCode rtc = ZegoCodes.lookup(Product.RTC, 41003);
        check(rtc.isAmbiguous() && rtc.getName() == null);
        for (Meaning m : rtc.getMeanings()) {
            System.out.println(m.getSection().getId() + ": " + m.getName() + ": " + m.getMessage(Lang.EN));
        }
        // With a section (or a constant of the product's enum) it answers exactly.
        ProductCode file = ZegoCodes.lookup(Section.RTC_MEDIA_FILES, 41003);
        check(file.getName().equals(RtcCode.MEDIA_FILE_NOT_FOUND.name()));
        check(RtcCode.MEDIA_FILE_NOT_FOUND.lookup().equals(file));

        // Who defines 3? AI Agent does not (the methods without a product answer for it).
        System.out.println(ZegoCodes.message(3, Lang.EN));
        for (Meaning m : ZegoCodes.definitions(Kind.RETURN, 3)) {
            System.out.println("  " + m.getProduct().getId() + " " + m.getName());
        }

        // The product of a log line's host, then the exception of the code's guidance (the
        // guidance RTC's meanings of 41003 share; UnknownCodeException were they to differ).
        Product product = Product.fromHost("rtc-api.zego.im");
        try {
            ZegoCodes.check(product, 41003, null, "request-1");
        } catch (NotFoundException e) {
            System.out.println("gone: " + e);          // the exception's text names rtc first
        } catch (ZegoException e) {
            System.out.println(e.getProduct() + " " + e.getGuidance() + ": " + e.getMessage());
        }
        // README:end
        System.out.println("Products: every lookup as documented");
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new AssertionError("a lookup by product does not answer as java/README.md says");
        }
    }
}
