"""The example site around the ITA section: the Site record, home page, ordinary pages and menu."""

from wagtail.models import Page, Site

from home.models import HomePage, StandardPage

from .common import ADDRESS, AGENCY, EMAIL, FAX, PHONE, p, ul
from .users import DemoStateError

HOSTNAME = "127.0.0.1"
PORT = 8000
HOME_TITLE = "องค์การบริหารส่วนจังหวัดแพร่"


def configure_site():
    """Point the default site at 127.0.0.1:8000 and name it; return ``(site, home page, changed)``."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise DemoStateError("ไม่พบเว็บไซต์หลัก (default site) ให้รัน migrate บนฐานข้อมูลว่างก่อน")
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise DemoStateError(f"หน้าแรกของเว็บไซต์หลักเป็นประเภท {type(home).__name__} ไม่ใช่ home.HomePage")
    wanted = {"hostname": HOSTNAME, "port": PORT, "site_name": AGENCY}
    changed = any(getattr(site, name) != value for name, value in wanted.items())
    if changed:
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
    return site, home, changed


def _page_link(page, text):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def fill_home(home, section, user):
    """Give the home page its title and welcome text, unless someone has already written one."""
    if home.intro:
        return False
    home.title = HOME_TITLE
    home.draft_title = HOME_TITLE
    home.seo_title = f"หน้าแรก - {AGENCY}"
    home.intro = (
        p(
            "ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนจังหวัดแพร่ (อบจ.แพร่) หน่วยงานบริหารราชการส่วนท้องถิ่น"
            "ที่ดูแลการพัฒนาจังหวัดแพร่ทั้ง 8 อำเภอ ทั้งถนนและแหล่งน้ำ การศึกษา สาธารณสุข การท่องเที่ยว และสิ่งแวดล้อม"
        )
        + f"<p>อบจ.แพร่เปิดเผยข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมินคุณธรรม"
        f"และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ไว้ที่หน้า {_page_link(section, 'การเปิดเผยข้อมูลสาธารณะ (ITA)')}</p>"
    )
    home.save_revision(user=user).publish(user=user)
    return True


# The ordinary pages in menu order; "ita" marks where the ITA section page sits. Children are not in menus.
PAGES = [
    {
        "slug": "about",
        "title": "เกี่ยวกับ อบจ.แพร่",
        "body": p(
            "องค์การบริหารส่วนจังหวัดแพร่เป็นองค์กรปกครองส่วนท้องถิ่นรูปแบบองค์การบริหารส่วนจังหวัด "
            "จัดตั้งขึ้นตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มีเขตพื้นที่ครอบคลุมทั้งจังหวัดแพร่ "
            "8 อำเภอ 78 ตำบล ประชากรประมาณ 440,000 คน",
            "วิสัยทัศน์: “แพร่เมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข บริหารจัดการด้วยธรรมาภิบาล”",
        )
        + ul(
            [
                "พัฒนาโครงสร้างพื้นฐานและแหล่งน้ำให้ทั่วถึงและได้มาตรฐาน",
                "ยกระดับคุณภาพการศึกษาและการสาธารณสุขของโรงเรียนและโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด",
                "ส่งเสริมการท่องเที่ยว วัฒนธรรมล้านนา ผ้าหม้อห้อม และผลิตภัณฑ์ไม้สักของจังหวัดแพร่",
                "บริหารงานอย่างโปร่งใส ตรวจสอบได้ และเปิดโอกาสให้ประชาชนมีส่วนร่วม",
            ],
            intro="พันธกิจ",
        ),
    },
    {
        "slug": "news",
        "title": "ข่าวประชาสัมพันธ์",
        "body": p(
            "ข่าวกิจกรรมและการดำเนินงานตามอำนาจหน้าที่ขององค์การบริหารส่วนจังหวัดแพร่ "
            "ข่าวของปีงบประมาณ พ.ศ. 2566 รวบรวมไว้ในหน้าข้อ O7 ข่าวประชาสัมพันธ์ ของการเปิดเผยข้อมูลสาธารณะ (ITA)"
        ),
    },
    "ita",
    {
        "slug": "contact",
        "title": "ติดต่อเรา",
        "body": p(f"{AGENCY}", ADDRESS, f"โทรศัพท์ {PHONE} โทรสาร {FAX}", f"อีเมล {EMAIL}")
        + ul(
            [
                "ถาม-ตอบกับเจ้าหน้าที่ (Q&A) ผ่านหน้าถาม-ตอบของเว็บไซต์ หรือ Facebook Messenger",
                "บริการออนไลน์ (E-Service) ยื่นคำร้องได้โดยไม่ต้องเดินทางมาที่ อบจ.",
                "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากช่องทางร้องเรียนทั่วไป ข้อมูลผู้แจ้งเป็นความลับ",
            ],
            intro="ช่องทางออนไลน์",
        ),
        "children": [
            {
                "slug": "e-service",
                "title": "บริการออนไลน์ (E-Service)",
                "body": ul(
                    [
                        "ยื่นคำร้องทั่วไปและขอข้อมูลข่าวสารของราชการ (กองยุทธศาสตร์และงบประมาณ)",
                        "ขออนุญาตเชื่อมทางหรือใช้เขตทางหลวงท้องถิ่นของ อบจ.แพร่ (กองช่าง)",
                        "แจ้งซ่อมถนนและไฟฟ้าส่องสว่างบนถนนในความรับผิดชอบของ อบจ.แพร่ (กองช่าง)",
                    ],
                    intro="บริการที่ยื่นได้ทางออนไลน์โดยไม่ต้องเดินทางมาที่ อบจ.แพร่",
                ),
            },
            {
                "slug": "corruption-report",
                "title": "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                "body": p(
                    "ช่องทางนี้สำหรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบจ.แพร่ เท่านั้น "
                    "แยกจากช่องทางร้องเรียนเรื่องทั่วไป ผู้รับเรื่องคือกองการเจ้าหน้าที่ และข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ",
                    "กรอกแบบฟอร์มออนไลน์ที่หน้า “แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ” ในหมวด ITA (/ita/report/) "
                    "ซึ่งเข้ารหัสข้อมูลผู้แจ้งและให้รหัสติดตามเรื่อง หรือส่งอีเมลถึง corruption-report@phraepao.go.th "
                    "ระบุชื่อเจ้าหน้าที่หรือหน่วยงาน พฤติการณ์ที่พบ วันเวลา และหลักฐาน (ถ้ามี) "
                    "อบจ.แพร่จะแจ้งผลการดำเนินการภายใน 30 วันทำการ",
                ),
            },
            {
                "slug": "complaints",
                "title": "ร้องเรียน ร้องทุกข์ทั่วไป",
                "body": p(
                    "แจ้งปัญหาความเดือดร้อนทั่วไป เช่น ถนนชำรุด ไฟส่องสว่างดับ หรือข้อเสนอแนะต่อการให้บริการ "
                    f"ได้ที่ศูนย์รับเรื่องราวร้องทุกข์ อบจ.แพร่ โทรศัพท์ {PHONE} หรืออีเมล {EMAIL}"
                ),
            },
        ],
    },
]


def build_pages(home, section, user):
    """Create the ordinary pages that do not exist yet; return ``({slug: page}, [created pages])``.

    New pages take their menu place around the ITA section page (about, news, ITA, contact).
    """
    pages, created = {}, []
    before_section = True
    for spec in PAGES:
        if spec == "ita":
            before_section = False
            continue
        page, was_created = _standard_page(home, spec, user, in_menu=True)
        if was_created:
            created.append(page)
            if before_section and section is not None:
                page.move(Page.objects.get(pk=section.pk), pos="left")
                page = StandardPage.objects.get(pk=page.pk)
        pages[spec["slug"]] = page
        for child in spec.get("children", []):
            child_page, child_created = _standard_page(page, child, user, in_menu=False)
            pages[child["slug"]] = child_page
            if child_created:
                created.append(child_page)
    pages["home"] = home
    return pages, created


def _standard_page(parent, spec, user, in_menu):
    parent = Page.objects.get(pk=parent.pk)  # fresh tree fields: pages were added or moved since it was read
    existing = parent.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific, False
    page = StandardPage(title=spec["title"], slug=spec["slug"], body=spec["body"], show_in_menus=in_menu)
    parent.add_child(instance=page)
    page.save_revision(user=user).publish(user=user)
    return page, True


def prepare_section(section, year_page, user):
    """List the ITA section in the site menu and give it and the year page an introduction.

    Only what is still empty or off is changed; returns whether anything was.
    """
    changed = False
    if not section.show_in_menus or not section.intro:
        section.show_in_menus = True
        section.intro = section.intro or p(
            f"{AGENCY}เปิดเผยข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) "
            "ของการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
            "ของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) แยกตามปีที่ประเมิน"
        )
        section.save_revision(user=user).publish(user=user)
        changed = True
    if not year_page.intro:
        year_page.intro = p(
            "ข้อมูลตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต "
            "ข้อ O1 - O43 ประจำปีงบประมาณ พ.ศ. 2566 (1 ตุลาคม 2565 - 30 กันยายน 2566) "
            "แต่ละข้อระบุส่วนราชการที่รับผิดชอบ และแสดงข้อมูลตามองค์ประกอบที่กำหนด"
        )
        year_page.save_revision(user=user).publish(user=user)
        changed = True
    return changed
