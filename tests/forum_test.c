/*
 * forum_test.c — a thread's page (content/forum.c): every post's body in
 * order with its poster and time, without the user cards, the comments
 * under an answer, the vote counts and the other threads beside the posts.
 */
#include "stage.h"

#include "pith.h"

static pith_result *extract_forum(const char *html)
{
    return test_extract_as(html, "forum", PITH_FAVOR_BALANCED);
}

/* One post of a thread: a user card (name, rank, join date, post count)
 * beside the body, the poster and time over it. */
#define POST(name, date, body)                                                             \
    "<div class='message'><div class='message-cell'><b>" name "</b><span>Senior member</span>" \
    "<span>Joined 2019</span><span>Posts: 4,210</span><span>Reaction score 812</span></div>" \
    "<div class='message-main'><span itemprop='author'>" name "</span>"                     \
    "<time datetime='" date "'>" date "</time><div class='message-text'>" body "</div>"       \
    "<div class='message-tools'><span>Like</span><span>Quote</span><span>Reply</span></div>" \
    "</div></div>"

static const char thread[] =
    "<html><head><title>Which glue for oak?</title></head><body><main>"
    "<h1>Which glue for oak?</h1>"
    "<div class='thread'>"
    POST("timberjack", "2024-03-01",
         "<p>I am building a small oak bench for the garden and the joints are mortise and "
         "tenon. Which glue holds up outside through wet winters?</p>")
    POST("planeiron", "2024-03-02",
         "<p>Use a polyurethane glue or a two part epoxy for anything that stays outside, and "
         "make the joints tight: no glue fills a gap that moves with the seasons.</p>")
    POST("offcut", "2024-03-02",
         "<p>Epoxy here too. Ordinary wood glue softens in the rain within a year, and the "
         "tannin in oak stains it black where it squeezes out.</p>")
    "</div>"
    "<div class='similar'><h3>Similar threads</h3><ul>"
    "<li><span>Oak garden table finishing</span></li>"
    "<li><span>Bench legs keep splitting</span></li></ul></div>"
    "</main></body></html>";

/* Every post is there, in order, each with its poster and time. */
static void test_every_post_in_order(void **state)
{
    (void)state;
    pith_result *r = extract_forum(thread);
    const char *a = strstr(r->text, "mortise and tenon");
    const char *b = strstr(r->text, "two part epoxy");
    const char *c = strstr(r->text, "tannin in oak");
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    assert_true(a < b && b < c);
    const char *poster = strstr(r->text, "planeiron");
    assert_non_null(poster);
    assert_true(a < poster && poster < b);
    assert_non_null(strstr(r->text, "2024-03-02"));
    pith_result_free(r);
}

/* The user cards, the buttons and the other threads are not posts. */
static void test_not_the_cards(void **state)
{
    (void)state;
    pith_result *r = extract_forum(thread);
    assert_null(strstr(r->text, "Reaction score"));
    assert_null(strstr(r->text, "Joined 2019"));
    assert_null(strstr(r->text, "Quote"));
    assert_null(strstr(r->text, "Bench legs keep splitting"));
    pith_result_free(r);
}

/* A Q&A page: the comments under an answer hold much of the page but are
 * not posts; the question's and answers' bodies are. */
#define COMMENT(text) "<li class='comment'><span class='comment-text'>" text "</span></li>"

static const char qa[] =
    "<html><body><main>"
    "<div class='question'><div class='votes'>12</div><div class='post-text'><p>How do I "
    "stop a cast iron pan from rusting between uses, living by the sea where the air is "
    "always damp?</p></div><ul class='comments'>"
    COMMENT("Do you wash it with soap?") COMMENT("Where do you store it?") "</ul></div>"
    "<div class='answer'><div class='votes'>30</div><div class='post-text'><p>Dry it on the "
    "hob until every drop is gone, then wipe a thin film of oil over it while it is still "
    "warm; the film keeps the damp air off the iron.</p></div><ul class='comments'>"
    COMMENT("This worked for me, thank you so much for the tip about the warm pan")
    COMMENT("Flaxseed oil goes sticky, use a plain vegetable oil instead for this job")
    COMMENT("Storing it with a paper towel inside also helps a lot in a damp kitchen")
    "</ul></div>"
    "<div class='answer'><div class='votes'>4</div><div class='post-text'><p>Keep it in the "
    "oven with the light on: the little warmth is enough to keep condensation away.</p>"
    "</div><ul class='comments'>"
    COMMENT("My oven light is off when the door is closed so this would not work for me")
    COMMENT("An oven with a pilot light works even better than the lamp does for this")
    "</ul></div></main></body></html>";

static void test_question_and_answers_not_comments(void **state)
{
    (void)state;
    pith_result *r = extract_forum(qa);
    assert_non_null(strstr(r->text, "cast iron pan"));
    assert_non_null(strstr(r->text, "thin film of oil"));
    assert_non_null(strstr(r->text, "oven with the light on"));
    assert_null(strstr(r->text, "Flaxseed"));
    assert_null(strstr(r->text, "pilot light"));
    pith_result_free(r);
}

/* Forum software marks the whole user card as the post's author (avatar,
 * name, rank, join date): the name is kept, not the card.  The poster of a
 * comment under the body is not the post's. */
#define CARD_POST(name, body)                                                               \
    "<div class='msg'><section itemprop='author' itemscope><span class='avatar'>" name      \
    "</span><h4><a class='username'>" name "</a></h4><span>Veteran</span><dl><dt>Joined" \
    "</dt><dd>2011</dd></dl></section><div class='msg-body'>" body "</div>"                 \
    "<div class='reply'><a class='username'>latecomer</a> liked this</div></div>"

static void test_poster_name_not_card(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main>"
        CARD_POST("spokeshave", "<p>My plane chatters on end grain no matter how sharp the iron "
                                "is. What am I doing wrong with the set up of the cap iron?</p>")
        CARD_POST("drawknife", "<p>Skew the plane as you push and take a lighter cut; end grain "
                               "wants a fine mouth and a very thin shaving every time.</p>")
        "</main></body></html>";
    pith_result *r = extract_forum(page);
    const char *name = strstr(r->text, "drawknife");
    assert_non_null(name);
    assert_true(name < strstr(r->text, "Skew the plane"));
    assert_null(strstr(r->text, "Veteran"));
    assert_null(strstr(r->text, "Joined"));
    assert_null(strstr(r->text, "latecomer"));
    pith_result_free(r);
}

/* A post that opens with a <header> holding the poster's card (schema.org's
 * author: the avatar's link, the name's link to the profile, the post
 * count and join date) and no <time>: the header is the post's, not the
 * site's, and of the card the name is kept, which no class names but the
 * link to the profile shows. */
#define HEADED_POST(name, body)                                                             \
    "<article class='post'><header class='post-head'><a href='/u/" name "'><img src=a.png "  \
    "alt=''></a><div itemprop='author' itemscope><a class='who' href='/u/" name "'>" name    \
    "</a><span>1,430 posts</span><span>Joined 2022</span></div></header>"                   \
    "<div class='post-body'>" body "</div></article>"

static void test_poster_in_post_header(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><header><a href=/>Bench Forum</a></header><main>"
        HEADED_POST("spokeshave", "<p>My plane chatters on end grain no matter how sharp the "
                                  "iron is. What am I doing wrong with the cap iron?</p>")
        HEADED_POST("drawknife", "<p>Skew the plane as you push and take a lighter cut; end "
                                 "grain wants a fine mouth and a very thin shaving.</p>")
        "</main></body></html>";
    pith_result *r = extract_forum(page);
    const char *name = strstr(r->text, "drawknife");
    assert_non_null(name);
    assert_true(name < strstr(r->text, "Skew the plane"));
    assert_null(strstr(r->text, "1,430 posts"));
    assert_null(strstr(r->text, "Joined 2022"));
    assert_null(strstr(r->text, "Bench Forum"));
    pith_result_free(r);
}
#undef HEADED_POST

/* Forum software writes a poster's signature in the markup of a post's
 * body (a "bb-wrapper" inside a box named signature, after the body).  A
 * long one is the page's densest prose, so the clean stage keeps it: the
 * bodies are the posts still, and the signature is not one of them. */
#define SIGNED_POST(name, body, signature)                                                \
    "<article class='post'><b>" name "</b><div class='post-body'><div class='bb-wrapper'>" \
    body "</div></div><div class='message-signature'><div class='bb-wrapper'>" signature  \
    "</div></div></article>"

static void test_signature_not_a_body(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main>"
        SIGNED_POST("spokeshave", "<p>My plane chatters on end grain no matter how sharp the "
                                  "iron is. What am I doing wrong with the cap iron? I have set it close to the "
                                  "edge, waxed the sole and tried a lighter cut on pine and "
                                  "on oak, and it still skips and tears the fibres.</p>",
                    "My bench: a Roubo with a leg vise, a Moxon vise, three hand planes, a tenon "
                    "saw and a shelf of chisels bought at flea markets over twenty years of "
                    "weekends, a grinder with a slow wheel, two water stones and a strop, a "
                    "drawer of marking gauges, winding sticks made from offcuts of walnut, a "
                    "shooting board, a bench hook, a holdfast, a plough plane for grooves, a "
                    "router plane for the floors of dadoes, and clamps of every length.")
        SIGNED_POST("drawknife", "<p>Skew the plane as you push and take a lighter cut; end "
                                 "grain wants a fine mouth and a very thin shaving. Close the "
                                 "mouth with a shim behind the frog, hone a small back bevel "
                                 "on the iron, and wet the end grain with a little spirit.</p>",
                    "Sharp tools, slow hands.")
        "</main></body></html>";
    pith_result *r = extract_forum(page);
    assert_non_null(strstr(r->text, "Skew the plane"));
    assert_non_null(strstr(r->text, "What am I doing wrong"));
    assert_null(strstr(r->text, "flea markets"));
    pith_result_free(r);
}
#undef SIGNED_POST

/* Posts that quote long posts (of an earlier page of the thread): the
 * quotes are a group of alike blocks holding much of the page too, inside
 * the bodies, but under a <blockquote> of their own: the bodies are the
 * posts, every one of them, not the quotes. */
#define QUOTING_POST(name, quoted, reply)                                          \
    "<div class='post'><b>" name "</b><div class='bb'><blockquote class='bbcode'>" \
    "<div class='bbcode-text'><p>" quoted "</p></div></blockquote><p>" reply "</p></div></div>"

static void test_posts_not_their_quotes(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main>"
        "<div class='post'><b>turner</b><div class='bb'><p>Same here with my lathe.</p></div>"
        "</div>"
        QUOTING_POST("chuck", "My lathe stalls whenever I take a heavy cut in hard maple, even "
                     "with a sharp gouge and the belt on the slowest pulley; the motor hums but "
                     "the spindle stops dead until I back the tool off.",
                     "Check the belt tension first.")
        QUOTING_POST("skew", "I measured the belt and it is the right length, the pulleys are "
                     "aligned and the motor is rated for the lathe, so I wonder whether the "
                     "capacitor of the motor is failing after ten years.",
                     "A bigger motor, or lighter cuts.")
        "<div class='post'><b>bowlgouge</b><div class='bb'><p>Mine did the same until I "
        "replaced the worn drive belt.</p></div></div>"
        "</main></body></html>";
    pith_result *r = extract_forum(page);
    const char *a = strstr(r->text, "Same here");
    const char *b = strstr(r->text, "belt tension");
    const char *c = strstr(r->text, "worn drive belt");
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    assert_true(a < b && b < c);
    pith_result_free(r);
}
#undef QUOTING_POST

/* A thread of one post has no group of alike bodies: its region stays. */
static void test_one_post_keeps_region(void **state)
{
    (void)state;
    static const char one[] =
        "<html><body><main><div class='post'><p>Is anyone else's sourdough starter slow "
        "this winter? Mine takes twelve hours to double in a cold kitchen.</p></div>"
        "<p class='note'>No replies yet: be the first to answer this question.</p>"
        "</main></body></html>";
    pith_result *r = extract_forum(one);
    assert_non_null(strstr(r->text, "twelve hours"));
    assert_non_null(strstr(r->text, "No replies yet"));
    pith_result_free(r);
}

/* Forum software that writes the opening post from a template of its own
 * puts the replies in a box of replies, which may sit in a wrapper of its
 * own (<section><ul>): the opening post before the wrapper is kept, its
 * body without the buttons beside it.  A summary of the thread above the
 * wrapper, which shows no time, is no post. */
#define REPLY(name, date, body)                                                            \
    "<li class='board-item'><span id='post" date "'></span><div class='board-head'>"        \
    "<span itemprop='author'>" name "</span><time datetime='" date "'>" date "</time></div>" \
    "<div class='board-text'>" body "</div></li>"
#define REPLIES                                                                            \
    "<section class='replies'><ul class='replies-list'>"                                   \
    REPLY("planeiron", "2024-03-02",                                                       \
          "<p>Use a polyurethane glue or a two part epoxy for anything that stays outside, " \
          "and make the joints tight: no glue fills a gap that moves with the seasons.</p>") \
    REPLY("offcut", "2024-03-03",                                                          \
          "<p>Epoxy here too. Ordinary wood glue softens in the rain within a year, and the " \
          "tannin in oak stains it black where it squeezes out.</p>")                       \
    "</ul></section>"
#define OPENING(inside)                                                                    \
    "<div class='topic'>" inside "<div class='topic-body'><p>I am building a small oak "     \
    "bench for the garden and the joints are mortise and tenon. Which glue holds up "        \
    "outside through wet winters?</p></div><ul class='topic-tools'><li><a href='/r'>"        \
    "Answer this</a></li><li><a href='/f'>Follow topic</a></li></ul></div>"

static void test_opening_post_before_wrapper(void **state)
{
    (void)state;
    pith_result *r = extract_forum("<html><body><main><h1>Which glue for oak?</h1>" OPENING(
        "<div class='topic-when'><time datetime='2024-03-01'>2024-03-01</time></div>")
        REPLIES "</main></body></html>");
    const char *q = strstr(r->text, "mortise and tenon");
    assert_non_null(q);
    assert_true(q < strstr(r->text, "two part epoxy"));
    assert_null(strstr(r->text, "Follow topic"));
    pith_result_free(r);
    r = extract_forum("<html><body><main><h1>Which glue for oak?</h1>" OPENING("")
                      REPLIES "</main></body></html>");
    assert_null(strstr(r->text, "mortise and tenon"));
    assert_non_null(strstr(r->text, "two part epoxy"));
    pith_result_free(r);
}

/* An opening post written from a template of its own, as loose lines
 * (no paragraph) and with no time of its own, above the box of replies:
 * the page's description, its first words cut short, names it. */
#define DESCRIBED_REPLY(name, date, body)                                                  \
    "<li class='reply'><a class='username'>" name "</a> <time datetime='" date "'>" date \
    "</time><div class='reply-text'>" body "</div></li>"

#define DESCRIBED_HEAD                                                                   \
    "<html><head><meta name='description' content='Our allotment shed leaks along the ridge " \
    "every time it rains hard, even after I nailed new felt over the old&hellip;'></head>"
#define DESCRIBED_WORDS                                                                  \
    "Our allotment shed leaks along the ridge every time it rains hard, even after I nailed " \
    "new felt over the old one last autumn.<br>Should I strip it all back to the boards?"
#define DESCRIBED_REPLIES                                                                \
    "<section class='replies'><ul>"                                                      \
    DESCRIBED_REPLY("dibber", "2024-03-02", "Strip it back. Felt over felt traps water between " \
                    "the layers and rots the boards from above.")                        \
    DESCRIBED_REPLY("trowel", "2024-03-03", "Fit a ridge cap over both slopes, nailed on the " \
                    "sides and never on top.")                                           \
    DESCRIBED_REPLY("dibber", "2024-03-04", "And use clout nails with wide heads.")        \
    "</ul></section></div></main></body></html>"

static const char described_thread[] =
    DESCRIBED_HEAD "<body><main><h1>Shed roof leaks at the ridge</h1><div class='thread'>"
    "<div class='opening'>" DESCRIBED_WORDS "</div>" DESCRIBED_REPLIES;

static void test_opening_post_named_by_the_description(void **state)
{
    (void)state;
    pith_result *r = extract_forum(described_thread);
    const char *opening = strstr(r->text, "Should I strip it all back");
    const char *reply = strstr(r->text, "Felt over felt");
    assert_non_null(opening);
    assert_non_null(reply);
    assert_true(opening < reply);
    pith_result_free(r);
}

/* The same opening post in a box of its own that opens with its header
 * (the poster, the board, the title) rather than its words: the box
 * inside it that opens with the description is its body, kept with the
 * poster's name; the title, which the description does not open with,
 * is no body and goes. */
static const char headed_described_thread[] =
    DESCRIBED_HEAD "<body><main><div class='thread'><div class='opening'><div class='opening-head'>"
    "<a class='username' href='/u/mulch'>mulch</a> to Sheds and Greenhouses</div>"
    "<h1>Shed roof leaks at the ridge</h1><div class='opening-text'>" DESCRIBED_WORDS "</div></div>"
    DESCRIBED_REPLIES;

static void test_opening_post_described_under_its_header(void **state)
{
    (void)state;
    pith_result *r = extract_forum(headed_described_thread);
    const char *poster = strstr(r->text, "mulch");
    const char *opening = strstr(r->text, "Should I strip it all back");
    const char *reply = strstr(r->text, "Felt over felt");
    assert_non_null(poster);
    assert_non_null(opening);
    assert_non_null(reply);
    assert_true(poster < opening && opening < reply);
    assert_null(strstr(r->text, "Shed roof leaks at the ridge"));
    pith_result_free(r);
}
#undef DESCRIBED_REPLIES
#undef DESCRIBED_WORDS
#undef DESCRIBED_HEAD
#undef DESCRIBED_REPLY

/* Forum software links each poster's name with rel=author, beside their
 * rank: on a forum the name is the post's byline and stays (elsewhere
 * such a link is the article's byline, read as metadata), and the rank
 * is no name. */
#define RANKED_POST(name, rank, body)                                                      \
    "<li class='message'><div class='messageUserInfo' itemprop='author'><h3><a href='/m/" \
    name "' class='username' itemprop='name' rel='author'>" name "</a><em class='userTitle'>" \
    rank "</em></h3></div><div class='messageInfo'><blockquote class='messageText'>" body   \
    "</blockquote></div></li>"

static const char ranked_thread[] =
    "<html><body><main><h1>Do forums still matter?</h1><ol class='messageList'>"
    RANKED_POST("quill", "Newcomer", "Forums keep the long answers that feeds bury in a day.")
    RANKED_POST("slate", "Regular", "And they can be searched years later.")
    RANKED_POST("quill", "Newcomer", "My best fixes come from threads ten years old.")
    "</ol></main></body></html>";

static void test_poster_linked_as_author(void **state)
{
    (void)state;
    pith_result *r = extract_forum(ranked_thread);
    const char *slate = strstr(r->text, "slate");
    const char *body = strstr(r->text, "searched years later");
    assert_non_null(slate);
    assert_non_null(body);
    assert_true(slate < body);
    assert_null(strstr(r->text, "Newcomer"));
    pith_result_free(r);
}
#undef RANKED_POST
#undef REPLY
#undef REPLIES
#undef OPENING

/* Forum software that lets a poster edit in place wraps each post's text
 * in a <form> with hidden fields only: the text is the post's, though a
 * short one; a reply box, with its field and button, goes. */
#define EDITABLE(name, body)                                                              \
    "<div class='entry'><b>" name "</b><time>2024-03-02</time><form class='usertext'>"   \
    "<input type='hidden' name='id' value='1'><div class='md'><p>" body "</p></div></form>" \
    "</div>"

static void test_post_in_a_form_without_fields(void **state)
{
    (void)state;
    pith_result *r = extract_forum(
        "<html><body><main><h1>Which glue for oak?</h1>"
        "<form class='reply'><textarea name='text'></textarea><p>Be kind to other posters and "
        "stay on the topic of the thread, or a moderator will remove the reply.</p>"
        "<button>Save</button></form>"
        EDITABLE("planeiron", "Epoxy, and tight joints.")
        EDITABLE("offcut", "Epoxy here too: wood glue softens in the rain.")
        "</main></body></html>");
    assert_non_null(strstr(r->text, "tight joints"));
    assert_non_null(strstr(r->text, "softens in the rain"));
    assert_null(strstr(r->text, "Be kind"));
    pith_result_free(r);
}
#undef EDITABLE

/* Forum software that writes each post's profile panel and byline as
 * author boxes ("postprofile": the name, the post count and join date;
 * "author": the time as text, no <time>): of the panel the name is kept,
 * of the byline the time; the join date, the post count and a signature
 * (an author box naming nobody) go. */
#define PANEL_POST(name, joined, when, body)                                            \
    "<div class='post'><dl class='postprofile'><dt><a class='username' href='/u/" name    \
    "'>" name "</a></dt><dd>Posts: 210</dd><dd>Joined: " joined "</dd></dl>"              \
    "<div class='postbody'><p class='author'>" when "</p><div class='content'>" body      \
    "</div><div class='signature'>Sharp tools, slow hands.</div></div></div>"

static void test_poster_and_time_from_author_boxes(void **state)
{
    (void)state;
    pith_result *r = extract_forum(
        "<html><body><main><h1>Which glue for oak?</h1>"
        PANEL_POST("spokeshave", "Tue Jan 14, 2020 8:02 pm", "Sun Mar 02, 2025 6:41 pm",
                   "My plane chatters on end grain no matter how sharp the iron is. What am I "
                   "doing wrong with the set up of the cap iron?")
        PANEL_POST("drawknife", "Wed Feb 11, 2015 5:24 pm", "Sun Mar 02, 2025 7:05 pm",
                   "Skew the plane as you push and take a lighter cut; end grain wants a fine "
                   "mouth and a very thin shaving every time.")
        "</main></body></html>");
    const char *name = strstr(r->text, "drawknife");
    assert_non_null(name);
    assert_true(name < strstr(r->text, "Sun Mar 02, 2025 7:05 pm"));
    assert_true(strstr(r->text, "7:05 pm") < strstr(r->text, "Skew the plane"));
    assert_null(strstr(r->text, "Joined"));
    assert_null(strstr(r->text, "Posts: 210"));
    assert_null(strstr(r->text, "slow hands"));
    pith_result_free(r);
}
#undef PANEL_POST

/* Forum software that writes the poster's name as the handle of a popup
 * menu ("popupmenu memberaction": the name, then "View Profile", "View
 * Forum Posts") keeps the name; the menu's items go, and so does the rank
 * beside the menu in the name's box ("username_container"). */
#define POPUP_POST(name, when, body)                                                     \
    "<li class='postbit'><div class='posthead'><span class='date'>" when "</span></div>"  \
    "<div class='userinfo'><div class='username_container'><div class='popupmenu "         \
    "memberaction'><a class='username' href='/member/" name "'><strong itemprop='author'>" \
    name "</strong></a><ul class='popupbody'><li><a href='/member/" name "'>View Profile"   \
    "</a></li><li><a href='/search/" name "'>View Forum Posts</a></li></ul></div>"         \
    "<span class='usertitle'>Hosting Regular</span></div></div>"                           \
    "<div class='postbody'><blockquote class='postcontent'>" body "</blockquote></div></li>"

static void test_poster_name_in_a_popup_menu(void **state)
{
    (void)state;
    pith_result *r = extract_forum(
        "<html><body><main><h1>Which hosting for a shop?</h1><ol class='posts'>"
        POPUP_POST("quarterhorse", "11-29-2024, 09:03 AM",
                   "What do you look at first when you choose a web host for a small shop, "
                   "the price or where its servers stand?")
        POPUP_POST("bytebarn", "11-29-2024, 01:50 PM",
                   "Support that answers the phone at night, every time; the price comes "
                   "second and the place third.")
        "</ol></main></body></html>");
    assert_null(strstr(r->text, "View Profile"));
    assert_non_null(strstr(r->text, "quarterhorse"));
    const char *name = strstr(r->text, "bytebarn");
    assert_true(name && name < strstr(r->text, "Support that answers"));
    assert_null(strstr(r->text, "View Forum Posts"));
    assert_null(strstr(r->text, "Hosting Regular"));
    pith_result_free(r);
}
#undef POPUP_POST

/* Forum software that lists a poster's facts in their card as labelled
 * pairs (<dt>Joined</dt><dd>Feb 8, 2023</dd>) beside a post showing no
 * time of its own: the join date is no post's time, and goes. */
#define PAIRS_POST(name, joined, body)                                                    \
    "<article class='message'><div class='message-user'><h4 class='message-name'>"        \
    "<a class='username' href='/members/" name "'>" name "</a></h4><div class='extras'>"  \
    "<dl class='pairs'><dt>Joined</dt><dd>" joined "</dd></dl><dl class='pairs'><dt>"     \
    "Posts</dt><dd>5</dd></dl></div></div><div class='message-content'><div "            \
    "class='message-body'><p>" body "</p></div></div></article>"

static const char pairs_thread[] =
    "<html><body><main><h1>Which closed headphones?</h1>"
    PAIRS_POST("treble", "Feb 8, 2023", "I want closed headphones with a wide stage for music "
               "at night, used is fine; what should I listen to first?")
    PAIRS_POST("woofer", "Mar 16, 2015", "Listen to a few with planar drivers before you "
               "choose: they sound more open than most closed designs do.")
    "</main></body></html>";

static void test_join_date_in_labelled_pairs(void **state)
{
    (void)state;
    pith_result *r = extract_forum(pairs_thread);
    assert_non_null(strstr(r->text, "woofer"));
    assert_non_null(strstr(r->text, "planar drivers"));
    assert_null(strstr(r->text, "Feb 8, 2023"));
    assert_null(strstr(r->text, "Mar 16, 2015"));
    pith_result_free(r);
}
#undef PAIRS_POST

/* Forum software that writes a post's time twice in its <time>, long and
 * short, for the style sheet to show one: the long form is kept, once. */
#define TWICE_POST(name, body)                                                             \
    "<div class='post'><a class='username'>" name "</a><time datetime='2024-06-14T13:22Z'>" \
    "<span class='time__long'>June 14, 2024</span><span class='time__short'>1 yr</span>"   \
    "</time><div class='post-content'><p>" body "</p></div></div>"

static const char twice_thread[] =
    "<html><body><main><h1>If the forum closes</h1>"
    TWICE_POST("coldjoint", "Thank you to the moderators and to every member I worked with on "
               "mods over the years; this was a great place to be.")
    TWICE_POST("ultimate", "Same here. I learned to build rockets that fly straight from the "
               "people of this forum, and I will miss them.")
    "</main></body></html>";

static void test_time_long_form_once(void **state)
{
    (void)state;
    pith_result *r = extract_forum(twice_thread);
    assert_non_null(strstr(r->text, "June 14, 2024"));
    assert_null(strstr(r->text, "1 yr"));
    assert_non_null(strstr(r->text, "rockets that fly"));
    pith_result_free(r);
}
#undef TWICE_POST

/* A reply quoting a long stretch of an earlier post of the thread repeats
 * it: the quote goes, with its attribution; a short quote (the line the
 * reply answers) stays, and so does a long quote of a post not on the
 * page. */
#define QUOTE_REPLY(name, quoted, reply)                                              \
    "<div class='message'><a class='username'>" name "</a><div class='message-body'>"  \
    "<blockquote class='quote'><div class='quote-title'>" quoted " said:</div><div "    \
    "class='quote-content'>" reply "</div></blockquote>"
#define OPENING_TEXT                                                                   \
    "My router table wobbles on its stand whenever I feed a long board, and the fence " \
    "drifts by a millimetre over the cut, so every groove comes out tapered."
#define OPENING_MORE " It is a cheap stand from a flea market, steel, with four feet."

static const char quoting_thread[] =
    "<html><body><main><h1>Router table wobbles</h1>"
    "<div class='message'><a class='username'>spindle</a><div class='message-body'><p>"
    OPENING_TEXT OPENING_MORE "</p></div></div>"
    QUOTE_REPLY("featherboard", "spindle", OPENING_TEXT)
    "<p>Bolt the stand to the wall and clamp the fence at both ends.</p></div></div>"
    QUOTE_REPLY("spindle", "featherboard", "Bolt the stand to the wall")
    "<p>The wall is plaster, will it hold?</p></div></div>"
    QUOTE_REPLY("collet", "jointer", "Use a torsion box for the top of any table that carries "
                "a router, it stays flat for decades and weighs next to nothing.")
    "<p>Agreed, and a torsion box stops the wobble too.</p></div></div>"
    "</main></body></html>";

/* Does text say words once, and once only? */
static bool said_once(const char *text, const char *words)
{
    const char *first = strstr(text, words);
    return first && !strstr(first + 1, words);
}

static void test_quote_repeating_an_earlier_post(void **state)
{
    (void)state;
    pith_result *r = extract_forum(quoting_thread);
    assert_true(said_once(r->text, "feed a long board"));
    assert_null(strstr(r->text, "spindle said:"));
    assert_non_null(strstr(r->text, "clamp the fence at both ends"));
    assert_non_null(strstr(r->text, "featherboard said:"));
    assert_non_null(strstr(r->text, "torsion box for the top"));
    pith_result_free(r);
}
#undef QUOTE_REPLY
#undef OPENING_TEXT
#undef OPENING_MORE

/* Software that writes each post's body as a <blockquote> and a quote in
 * it as a box classed as one ("Originally Posted by jane" over the quoted
 * words): the quote of an earlier post goes with its attribution, whether
 * the quote is judged here or its words went before as a copy of that
 * post; the post's own box is no quote, and the reply stays. */
#define BOXED_POST(n, name, body)                                                       \
    "<div class='postbit'><a class='username' href='/u/" n "'>" name "</a><div "         \
    "id='post_message_" n "'><blockquote class='postcontent'>" body "</blockquote></div></div>"
#define BOXED_QUOTE(name, words)                                                        \
    "<div class='bbcode_container'><div class='bbcode_quote'><div class='quote_container'>" \
    "<div class='bbcode_postedby'>Originally Posted by <strong>" name "</strong></div>"   \
    "<div class='message'>" words "</div></div></div></div>"
#define FIRST_WORDS                                                                      \
    "The tailstock of my old lathe drifts off centre whenever I lock it, by half a "     \
    "millimetre at the live centre, so every long spindle comes out tapered."

static const char boxed_thread[] =
    "<html><body><main><h1>Tailstock drifts when locked</h1><div id='posts'>"
    BOXED_POST("31", "bedway", FIRST_WORDS)
    BOXED_POST("32", "quill", BOXED_QUOTE("bedway", FIRST_WORDS)
               "Shim the clamp plate under the bed; a worn plate pulls the tailstock sideways.")
    BOXED_POST("33", "banjo", "A worn clamp plate did the same on mine, and a new one from the "
               "maker cost less than the shims I had tried before it.")
    "</div></main></body></html>";

static void test_boxed_quotes_in_boxed_posts(void **state)
{
    (void)state;
    pith_result *r = extract_forum(boxed_thread);
    assert_true(said_once(r->text, "drifts off centre"));
    assert_null(strstr(r->text, "Originally Posted by"));
    assert_non_null(strstr(r->text, "Shim the clamp plate"));
    assert_non_null(strstr(r->text, "cost less than the shims"));
    pith_result_free(r);
}
#undef BOXED_POST
#undef BOXED_QUOTE
#undef FIRST_WORDS

/* The word forum software writes over a quote ("Quote:", "Zitat:") goes,
 * whether it heads the quote from inside (a citation in the <blockquote>)
 * or from just before it (vBulletin 3's label over a panel no class names
 * as a quote); the box after such a label is a quote, and a copy of an
 * earlier post goes with it.  A short quote stays, and so does the word
 * in a poster's sentence. */
#define LABEL_POST(n, name, body)                                                        \
    "<div class='post'><a class='username' href='/u/" n "'>" name "</a><div "           \
    "id='post_message_" n "'>" body "</div></div>"
#define LABELLED_PANEL(words)                                                            \
    "<div><div><label>Quote:</label></div><div class='panel alt2'><div>" words           \
    "</div></div></div>"
#define CITED_QUOTE(words)                                                               \
    "<blockquote><div class='quote-title'>Zitat:</div><div>" words "</div></blockquote>"
#define OPENING_WORDS                                                                    \
    "Our allotment shed leaks at the ridge every time the wind comes from the west, "   \
    "and the felt there looks sound from the ground."

static const char labelled_thread[] =
    "<html><body><main><h1>Shed roof leaks at the ridge</h1><div id='posts'>"
    LABEL_POST("41", "loam", OPENING_WORDS)
    LABEL_POST("42", "trug", LABELLED_PANEL(OPENING_WORDS)
               "Wind-driven rain gets under a ridge felt that is nailed too far apart; add "
               "a capping strip and seal it.")
    LABEL_POST("43", "dibber", CITED_QUOTE("add a capping strip")
               "A capping strip fixed mine too. My wife says the word to quote from the "
               "builder was: cheap felt.")
    "</div></main></body></html>";

static void test_quote_labels(void **state)
{
    (void)state;
    pith_result *r = extract_forum(labelled_thread);
    const char *short_quote = strstr(r->text, "add a capping strip\n");
    assert_true(said_once(r->text, "leaks at the ridge every time"));
    assert_null(strstr(r->text, "Quote:"));
    assert_true(short_quote && short_quote < strstr(r->text, "word to quote from"));
    assert_null(strstr(r->text, "Zitat"));
    assert_non_null(strstr(r->text, "seal it"));
    pith_result_free(r);
}
#undef LABEL_POST
#undef LABELLED_PANEL
#undef CITED_QUOTE
#undef OPENING_WORDS

/* Software that writes a quote as an <aside> (the quoted poster's name,
 * then the words in a <blockquote>): a quote of another thread is new to
 * this one and stays with the post quoting it; a quote of an earlier post
 * of the thread goes, even a short one, even with a stretch left out
 * ("…"). */
#define ASIDE_POST(name, body)                                                         \
    "<article class='topic-post'><span class='username'>" name "</span><div class='cooked'>" \
    body "</div></article>"
#define ASIDE_QUOTE(name, words)                                                       \
    "<aside class='quote'><div class='title'>" name ":</div><blockquote><p>" words      \
    "</p></blockquote></aside>"

static const char aside_thread[] =
    "<html><body><main><h1>Seed potatoes from the supermarket</h1>"
    ASIDE_POST("tuber", "<p>Continuing the discussion from Blight last summer:</p>"
               ASIDE_QUOTE("furrow", "Burn the haulms and never plant shop potatoes.")
               "<p>Is that true? I planted shop potatoes every spring and never had any "
               "blight until last year.</p>")
    ASIDE_POST("ridger", "<p>Shop potatoes may carry viruses; certified seed is tested. "
               "Blight comes on the wind either way.</p>")
    ASIDE_POST("tuber", ASIDE_QUOTE("ridger", "certified seed is tested")
               ASIDE_QUOTE("ridger", "Shop potatoes may carry viruses\xE2\x80\xA6 on the wind")
               "<p>Then I will buy certified seed this year.</p>")
    "</main></body></html>";

static void test_aside_quotes(void **state)
{
    (void)state;
    pith_result *r = extract_forum(aside_thread);
    assert_non_null(strstr(r->text, "never plant shop potatoes"));
    assert_true(said_once(r->text, "certified seed is tested"));
    assert_true(said_once(r->text, "Shop potatoes may carry viruses"));
    assert_non_null(strstr(r->text, "buy certified seed this year"));
    pith_result_free(r);
}
#undef ASIDE_POST
#undef ASIDE_QUOTE

/* Older forum software lays each post out as a table: the poster's card
 * in one cell, the body in the other, numbered by its id and without a
 * class ("post_message_4211").  The bodies are those numbered boxes; the
 * cards go.  The site's welcome banner, far above the thread beyond its
 * menus, is no opening post. */
#define TABLE_POST(n, name, body)                                                          \
    "<table id='post" n "'><tr><td><a class='bigusername' href='/u/" n "'>" name "</a><div>Join " \
    "Date: Aug 2008</div><div>Posts: 1,077</div></td><td><div id='post_message_" n "'>" body \
    "</div></td></tr></table>"
#define MENU_ITEM(what) "<li><a href='/" what "'>" what "</a></li>"
#define MENU_ROW                                                                        \
    MENU_ITEM("register") MENU_ITEM("faq") MENU_ITEM("members") MENU_ITEM("calendar")   \
    MENU_ITEM("search") MENU_ITEM("today") MENU_ITEM("mark-read") MENU_ITEM("rules")

static const char table_thread[] =
    "<html><body><table><tr><td><p><b>Welcome to the Lathe Forum, the place for everyone who "
    "turns wood or metal. Before you start posting please read the rules: by posting you agree "
    "to abide by them.</b></p></td></tr></table>"
    "<ul class='menu'>" MENU_ROW MENU_ROW MENU_ROW MENU_ROW MENU_ROW "</ul><div id='posts'>"
    TABLE_POST("4211", "chuckkey", "My lathe stalls in hard maple whenever I take a heavy cut, "
               "even with a sharp gouge and the belt on the slowest pulley.")
    TABLE_POST("4215", "tailstock", "Check the belt tension first, then the motor's capacitor: "
               "a tired capacitor loses torque long before it fails.")
    "</div></body></html>";

static void test_numbered_bodies_in_tables(void **state)
{
    (void)state;
    pith_result *r = extract_forum(table_thread);
    assert_non_null(strstr(r->text, "stalls in hard maple"));
    assert_non_null(strstr(r->text, "tired capacitor"));
    assert_non_null(strstr(r->text, "tailstock"));
    assert_null(strstr(r->text, "Join Date"));
    assert_null(strstr(r->text, "Welcome to the Lathe Forum"));
    pith_result_free(r);
}
#undef TABLE_POST
#undef MENU_ITEM
#undef MENU_ROW

/* A poster's card (schema.org's author) whose avatar shows the poster's
 * initial in a link of its own, before the link of the name: the name is
 * kept, not the initial. */
#define INITIAL_POST(initial, name, body)                                                \
    "<div class='post'><div class='post-header' itemprop='author' itemscope><a href='/u/" \
    name "'><span class='avatar'>" initial "</span></a><a href='/u/" name "'>" name       \
    "</a></div><div class='content'><p>" body "</p></div></div>"

static const char initial_thread[] =
    "<html><body><main><h1>Release candidate</h1>"
    INITIAL_POST("Q", "quillpen", "The release candidate is out: please try it on a copy of "
                 "your forum and tell us what breaks before the final release.")
    INITIAL_POST("Z", "zephyrine", "Upgraded a test copy this morning, and the search by handle "
                 "works well; the emoji picker is a nice touch too.")
    "</main></body></html>";

static void test_poster_name_not_avatar_initial(void **state)
{
    (void)state;
    pith_result *r = extract_forum(initial_thread);
    const char *name = strstr(r->text, "zephyrine");
    assert_true(name && name < strstr(r->text, "Upgraded a test copy"));
    assert_null(strstr(r->text, "Z\n"));
    assert_null(strstr(r->text, "Q\n"));
    pith_result_free(r);
}

/* The same with initials beyond ASCII, one character of two bytes ("Ж"
 * for Жанна): still an initial, not the poster's name. */
static const char initial_thread_cyrillic[] =
    "<html><body><main><h1>Новая версия</h1>"
    INITIAL_POST("Ж", "zhanna", "The release candidate is out: please try it on a copy of "
                 "your forum and tell us what breaks before the final release.")
    INITIAL_POST("Ё", "yozhik", "Upgraded a test copy this morning, and the search by handle "
                 "works well; the emoji picker is a nice touch too.")
    "</main></body></html>";

static void test_poster_name_not_avatar_initial_beyond_ascii(void **state)
{
    (void)state;
    pith_result *r = extract_forum(initial_thread_cyrillic);
    const char *name = strstr(r->text, "yozhik");
    assert_true(name && name < strstr(r->text, "Upgraded a test copy"));
    assert_null(strstr(r->text, "Ё\n"));
    assert_null(strstr(r->text, "Ж\n"));
    pith_result_free(r);
}
#undef INITIAL_POST

/* A thread whose posts name their poster in a link classed as the author,
 * in a line with the time ("jane 17 hours ago"): the name is the post's,
 * and stays beside its time. */
#define TAGLINE_POST(name, body)                                                            \
    "<div class='comment'><p class='tagline'><a class='author' href='/user/" name "'>" name   \
    "</a> <time datetime='2026-03-04T18:58:33Z'>17 hours ago</time></p><div class='usertext'>" \
    "<p>" body "</p></div></div>"

static const char tagline_thread[] =
    "<html><body><main><h1>Hair follicles grown in the lab</h1>"
    TAGLINE_POST("ragnarok_dragon", "Finally something for everyone whose hairline is retreating "
                 "faster than the glaciers; how long until it reaches a clinic?")
    TAGLINE_POST("baron_bearing", "Years, most likely: growing follicles in a dish is one step, "
                 "getting them to take in a scalp is another.")
    "</main></body></html>";

static void test_poster_link_classed_author(void **state)
{
    (void)state;
    pith_result *r = extract_forum(tagline_thread);
    const char *name = strstr(r->text, "baron_bearing");
    assert_true(name && name < strstr(r->text, "Years, most likely"));
    assert_non_null(strstr(r->text, "ragnarok_dragon"));
    pith_result_free(r);
}
#undef TAGLINE_POST

/* A thread whose posts name their poster only in an author pane, an
 * <aside> beside the post (avatar, name, rank, post count, join date), and
 * a second pane for narrow screens right after it: the name is kept once
 * before the body; the pane's rank, count and join date (a <time>) go. */
#define PANE_POST(name, body)                                                              \
    "<article class='post'><aside class='author-column'><a class='photo' href='/u/" name   \
    "'><img alt='" name "'></a><h3 class='post__username'><a href='/u/" name "'>" name     \
    "</a></h3><div class='group'>Members</div><ul class='stats'><li>2.8k posts</li>"        \
    "<li>Joined <time datetime='2012-05-01'>May 1, 2012</time></li></ul></aside>"           \
    "<aside class='post__header'><h3 class='post__username'><a href='/u/" name "'>" name   \
    "</a></h3><p>Members</p></aside><div class='post__body'><p>" body "</p></div></article>"

static const char pane_thread[] =
    "<html><body><main><h1>Keeping bees through a wet spring</h1>"
    PANE_POST("hivekeeper", "Three of my colonies are short of stores after weeks of rain; do "
              "you feed syrup this early in the year, or fondant until it warms up?")
    PANE_POST("smokerpuff", "Fondant until the nights stay mild, then a thin syrup: they cannot "
              "take down a thick syrup while it is this cold in the hive.")
    "</main></body></html>";

static void test_poster_name_from_author_pane(void **state)
{
    (void)state;
    pith_result *r = extract_forum(pane_thread);
    const char *name = strstr(r->text, "smokerpuff");
    assert_true(name && name < strstr(r->text, "Fondant until"));
    assert_null(strstr(name + 1, "smokerpuff"));
    assert_true(strstr(r->text, "hivekeeper") < strstr(r->text, "Three of my colonies"));
    assert_null(strstr(r->text, "Members"));
    assert_null(strstr(r->text, "May 1, 2012"));
    assert_null(strstr(r->text, "2.8k"));
    pith_result_free(r);
}
#undef PANE_POST

/* A poster's card that no class or property names as holding the name
 * (MyBB's "author_information") but that opens with a link of a name's
 * length: the name is kept over the body, the rank and counts go.  A card
 * opening with a shorter link (a badge of the poster's trade, "IB") names
 * no one. */
#define LINKED_CARD_POST(n, lead, body)                                                   \
    "<div class='post' id='post_" n "'><div class='post_author'><div class='author_avatar'>" \
    "<a href='/user-" n ".html'><img src='a.png' alt=''></a></div>"                         \
    "<div class='author_information'><strong><a href='/user-" n ".html'>" lead "</a>"     \
    "</strong><span class='smalltext'>Board Regular</span></div><div "                       \
    "class='author_statistics'>Posts: 116 Threads: 23</div></div><div class='post_body'>"   \
    body "</div></div>"

static const char linked_card_thread[] =
    "<html><body><main><h1>Sharpening a card scraper</h1><div id='posts'>"
    LINKED_CARD_POST("7", "burnisher", "My card scraper makes dust instead of shavings, even "
                     "after I file the edge square and hone both faces on a fine stone.")
    LINKED_CARD_POST("8", "IB", "Turn the hook with a burnisher after honing: a few light "
                     "strokes at a slight angle, and it will lift shavings again.")
    "</div></main></body></html>";

static void test_poster_name_opening_a_card(void **state)
{
    (void)state;
    pith_result *r = extract_forum(linked_card_thread);
    const char *name = strstr(r->text, "burnisher\n");
    assert_true(name && name < strstr(r->text, "My card scraper"));
    assert_null(strstr(r->text, "Board Regular"));
    assert_null(strstr(r->text, "IB\n"));
    assert_null(strstr(r->text, "Posts: 116"));
    assert_non_null(strstr(r->text, "lift shavings again"));
    pith_result_free(r);
}
#undef LINKED_CARD_POST

/* A poster's name as a link that carries it (data-username) but is named
 * as a menu's handle ("name menu_toggle"): it stays over the body. */
#define HANDLE_POST(name, body)                                                          \
    "<div class='msg'><div class='msg_infobox'><a data-username='" name "' class='name " \
    "menu_toggle'><b>" name "</b></a><span class='post_time'>2 years ago</span></div>"    \
    "<div class='msg_body'>" body "</div></div>"

static const char handle_thread[] =
    "<html><body><main><h1>Best order to play the trilogy</h1>"
    HANDLE_POST("lanternjaw", "Should I start with the remaster or play the originals in the "
                "order they came out? I have never played any of them.")
    HANDLE_POST("quietfox", "Play them in release order: the remaster of the first game "
                "changes its ending, and the sequels assume the original one.")
    "</main></body></html>";

static void test_poster_name_in_a_menu_handle(void **state)
{
    (void)state;
    pith_result *r = extract_forum(handle_thread);
    const char *name = strstr(r->text, "quietfox");
    assert_true(name && name < strstr(r->text, "Play them in release order"));
    assert_true(strstr(r->text, "lanternjaw") < strstr(r->text, "Should I start"));
    pith_result_free(r);
}
#undef HANDLE_POST

/* A post whose byline names its poster but not the time, and whose footer
 * signs it ("jane, May 12, 2024" under the body): the time is kept, the
 * footer's buttons go. */
#define SIGNED_POST(name, date, body)                                                      \
    "<li class='message'><div class='messageUserInfo'><a class='username' href='/m/" name  \
    "'>" name "</a><em class='userTitle'>Peon</em></div><div class='messageInfo'><div "    \
    "class='messageContent'><blockquote class='messageText'>" body "</blockquote></div>"   \
    "<div class='messageMeta'><div class='privateControls'><span class='item muted'><span " \
    "class='authorEnd'><a class='username author' href='/m/" name "'>" name "</a>,</span>" \
    "<span class='DateTime' title='" date " at 2:39 AM'>" date "</span></span><a "         \
    "class='item control report' href='/report'>Report</a></div></div></div></li>"

static const char signed_thread[] =
    "<html><body><main><h1>Is a bread machine worth it?</h1><ol class='messageList'>"
    SIGNED_POST("crumbly", "May 11, 2024", "We bake twice a week by hand. Would a bread "
                "machine save us time, or does it only make one kind of loaf?")
    SIGNED_POST("doughboy", "May 12, 2024", "It saves the kneading and the watching. Use its "
                "dough setting and bake the loaf in your oven for a better crust.")
    "</ol></main></body></html>";

static void test_time_signed_under_the_post(void **state)
{
    (void)state;
    pith_result *r = extract_forum(signed_thread);
    assert_non_null(strstr(r->text, "May 11, 2024"));
    const char *date = strstr(r->text, "May 12, 2024");
    assert_true(date && date > strstr(r->text, "doughboy"));
    assert_null(strstr(r->text, "Report"));
    assert_null(strstr(r->text, "Peon"));
    pith_result_free(r);
}
#undef SIGNED_POST

/* A thread whose posts show their time only in a line linking to the post
 * ("Posted <time>May 22, 2024</time>"), which reads as a line of post
 * information: on a forum it is the post's time, and stays before it. */
#define POSTED_POST(name, body)                                                            \
    "<div class='comment'><div class='who'><b>" name "</b></div><div class='comment-meta'>" \
    "<a href='/topic/7/?comment=1'>Posted <time datetime='2024-05-22T19:19:46Z'>May 22, "   \
    "2024</time></a></div><div class='comment-body'><p>" body "</p></div></div>"

static const char posted_thread[] =
    "<html><body><main><h1>Quiet fans for a small case</h1>"
    POSTED_POST("fanless", "Which quiet fans fit a small case with a radiator on top? The "
                "stock ones whine at any speed above half, and the case is on my desk.")
    POSTED_POST("rpmwatch", "Slim fans of fifteen millimetres fit over most radiators; set a "
                "gentle curve in the firmware and they stay silent under light loads.")
    "</main></body></html>";

static void test_posted_line_is_the_time(void **state)
{
    (void)state;
    pith_result *r = extract_forum(posted_thread);
    const char *posted = strstr(r->text, "May 22, 2024");
    assert_true(posted && posted < strstr(r->text, "Which quiet fans"));
    assert_non_null(strstr(posted + 1, "May 22, 2024"));
    pith_result_free(r);
}
#undef POSTED_POST

/* A thread whose posts end with the note the software adds when a post
 * was changed ("Edited <time>May 23</time> by fanless"), marked to be left
 * out of quotes: the note goes, the post stays. */
#define EDITED_POST(name, body, note)                                                      \
    "<div class='comment'><div class='who'><b>" name "</b> <time datetime='"               \
    "2024-05-22T19:19:46Z'>May 22, 2024</time></div><div class='comment-body'><p>" body     \
    "</p>" note "</div></div>"
#define EDIT_NOTE(name)                                                                    \
    "<span class='light' data-excludequote><strong>Edited <time datetime='"                \
    "2024-05-23T07:38:12Z'>May 23</time> by " name "</strong> <a href='/log'>(see edit "    \
    "history)</a></span>"

static const char edited_thread[] =
    "<html><body><main><h1>Quiet fans for a small case</h1>"
    EDITED_POST("fanless", "Which quiet fans fit a small case with a radiator on top? The "
                "stock ones whine at any speed above half, and the case is on my desk.",
                EDIT_NOTE("fanless"))
    EDITED_POST("rpmwatch", "Slim fans of fifteen millimetres fit over most radiators; set a "
                "gentle curve in the firmware and they stay silent under light loads.", "")
    "</main></body></html>";

static void test_edit_note_not_the_post(void **state)
{
    (void)state;
    pith_result *r = extract_forum(edited_thread);
    assert_non_null(strstr(r->text, "the case is on my desk."));
    assert_non_null(strstr(r->text, "silent under light loads."));
    assert_null(strstr(r->text, "Edited"));
    assert_null(strstr(r->text, "edit history"));
    pith_result_free(r);
}
#undef EDITED_POST
#undef EDIT_NOTE

/* A thread of short posts whose posters' cards list their facts as
 * labelled pairs, one <dl> each ("Joined" Jun 29, 2016; "Messages" 1,211):
 * the facts are no part of the posts, and with them the cards outweighed
 * the posts' short bodies. */
#define FACT_CARD_POST(name, date, body)                                                   \
    "<article class='message'><div class='message-user'><a href='/m/" name "' "            \
    "class='avatar'>" name "</a><h4><a class='username' href='/m/" name "'>" name          \
    "</a></h4><h5>Junior member</h5><dl class='pairs'><dt>Joined</dt><dd>Jun 29, 2016"      \
    "</dd></dl><dl class='pairs'><dt>Messages</dt><dd>1,211</dd></dl><dl class='pairs'>"  \
    "<dt>Reaction score</dt><dd>384</dd></dl><dl class='pairs'><dt>Points</dt><dd>4,726"  \
    "</dd></dl></div><div class='message-main'><time datetime='" date "'>" date "</time>"  \
    "<div class='message-text'>" body "</div></div></article>"

static const char facts_thread[] =
    "<html><body><main><h1>Interview invitations, autumn round</h1>"
    FACT_CARD_POST("marlowe", "2024-07-18", "Has anyone heard back yet?")
    FACT_CARD_POST("quince", "2024-07-19", "Mine came today.")
    FACT_CARD_POST("marlowe", "2024-07-20", "Good luck to you!")
    "</main></body></html>";

static void test_card_facts_not_the_posts(void **state)
{
    (void)state;
    pith_result *r = extract_forum(facts_thread);
    const char *first = strstr(r->text, "Has anyone heard back yet?");
    const char *marlowe = strstr(r->text, "marlowe"), *quince = strstr(r->text, "quince");
    assert_non_null(first);
    assert_non_null(marlowe); /* a missing name compares as NULL, before any text */
    assert_non_null(quince);
    assert_true(marlowe < first);
    assert_true(quince < strstr(r->text, "Mine came today."));
    assert_non_null(strstr(r->text, "Good luck to you!"));
    assert_null(strstr(r->text, "Joined"));
    assert_null(strstr(r->text, "Reaction score"));
    assert_null(strstr(r->text, "1,211"));
    pith_result_free(r);
}
#undef FACT_CARD_POST

/* A thread whose software hashes its class names: each post opens with a
 * header of a plain line naming the poster over the line of its time,
 * beside a menu button; the name stays over the post, the button goes. */
#define HASHED_POST(name, time, body)                                                      \
    "<div class='sc-a1 kQx'><div class='sc-b2 zzP'><div class='sc-c3 fRt'></div>"          \
    "<div class='sc-d4 mWe'><div class='sc-e5 lOo'>" name "</div><div class='sc-f6 hBx'>"  \
    time "</div></div></div><div class='sc-g7 pLm'><button>Open post actions</button>"     \
    "</div><div class='sc-h8 bgQ'><p>" body "</p></div></div>"

static const char hashed_thread[] =
    "<html><body><main><h1>Seed potatoes in a small garden</h1>"
    HASHED_POST("Marta K(41)", "02/03/2025 at 8:14 am", "Is it too early to chit seed "
                "potatoes on a north-facing windowsill? The garden is still frozen in the "
                "mornings.")
    HASHED_POST("Ola V(12)", "02/03/2025 at 9:02 am", "Not at all: chitting takes four to "
                "six weeks, and a cool bright sill is exactly what the shoots want.")
    HASHED_POST("#3", "02/03/2025 at 9:40 am", "A cool room keeps the shoots short and "
                "green, so they will not snap when you plant them out in April.")
    "</main></body></html>";

static void test_poster_named_over_the_time(void **state)
{
    (void)state;
    pith_result *r = extract_forum(hashed_thread);
    const char *name = strstr(r->text, "Marta K(41)");
    assert_true(name && name < strstr(r->text, "02/03/2025 at 8:14 am"));
    const char *second = strstr(r->text, "Ola V(12)");
    assert_true(second && second > strstr(r->text, "frozen in the"));
    assert_null(strstr(r->text, "#3")); /* a number over a time names no one */
    assert_null(strstr(r->text, "Open post actions"));
    pith_result_free(r);
}
#undef HASHED_POST

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_post_in_order),
        cmocka_unit_test(test_post_in_a_form_without_fields),
        cmocka_unit_test(test_not_the_cards),
        cmocka_unit_test(test_question_and_answers_not_comments),
        cmocka_unit_test(test_poster_name_not_card),
        cmocka_unit_test(test_poster_in_post_header),
        cmocka_unit_test(test_poster_and_time_from_author_boxes),
        cmocka_unit_test(test_poster_name_in_a_popup_menu),
        cmocka_unit_test(test_join_date_in_labelled_pairs),
        cmocka_unit_test(test_time_long_form_once),
        cmocka_unit_test(test_quote_repeating_an_earlier_post),
        cmocka_unit_test(test_aside_quotes),
        cmocka_unit_test(test_boxed_quotes_in_boxed_posts),
        cmocka_unit_test(test_quote_labels),
        cmocka_unit_test(test_numbered_bodies_in_tables),
        cmocka_unit_test(test_poster_name_not_avatar_initial),
        cmocka_unit_test(test_poster_name_not_avatar_initial_beyond_ascii),
        cmocka_unit_test(test_poster_link_classed_author),
        cmocka_unit_test(test_poster_name_from_author_pane),
        cmocka_unit_test(test_poster_name_opening_a_card),
        cmocka_unit_test(test_poster_name_in_a_menu_handle),
        cmocka_unit_test(test_time_signed_under_the_post),
        cmocka_unit_test(test_posted_line_is_the_time),
        cmocka_unit_test(test_edit_note_not_the_post),
        cmocka_unit_test(test_card_facts_not_the_posts),
        cmocka_unit_test(test_signature_not_a_body),
        cmocka_unit_test(test_posts_not_their_quotes),
        cmocka_unit_test(test_one_post_keeps_region),
        cmocka_unit_test(test_opening_post_before_wrapper),
        cmocka_unit_test(test_opening_post_named_by_the_description),
        cmocka_unit_test(test_opening_post_described_under_its_header),
        cmocka_unit_test(test_poster_linked_as_author),
        cmocka_unit_test(test_poster_named_over_the_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
